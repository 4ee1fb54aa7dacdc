import "server-only";
import type { AwsClients } from "@/lib/aws/clients";
import { updateService } from "@/lib/ecs/service-changes";
import type { ServiceDetail } from "@/lib/ecs/service-types";
import type { StepContext, StepDefinition } from "@/lib/flows/runner";
import type { ShipPlan } from "@/lib/ship/plan";
import { createWhatIsMissing } from "@/lib/ship/steps/create-service";

// Step 4: the service moves to the new revision (a new deployment), or, for a first
// deploy, the cluster, the security group and the service are created.

export function deployStep(aws: AwsClients, plan: ShipPlan): StepDefinition {
  const { cluster, service, create } = plan.request;
  return {
    id: "deploy",
    title: create ? "Create the cluster and service" : "Update the service",
    async run(ctx) {
      const revision = String(ctx.flow.result.taskDefinition ?? "");
      if (!revision) throw new Error("The register step left no revision");
      if (create) {
        const created = await createWhatIsMissing(aws, plan, revision, ctx);
        return noteDeployment(created, ctx);
      }
      const updated = await updateService(aws, cluster, service, { taskDefinition: revision });
      ctx.log(`${service} in ${cluster} now deploys ${revision}`);
      noteDeployment(updated, ctx);
    },
  };
}

/** The deployment that rolls the revision out: the one the roll-out step watches. */
function noteDeployment(service: ServiceDetail, ctx: StepContext): void {
  const primary = service.deployments.find((d) => d.status === "PRIMARY");
  ctx.detail({ deployment: primary?.id ?? null, desiredCount: service.desiredCount });
  ctx.setResult({ deploymentId: primary?.id ?? null, serviceArn: service.arn });
}
