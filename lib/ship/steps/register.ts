import "server-only";
import { DescribeTaskDefinitionCommand } from "@aws-sdk/client-ecs";
import type { AwsClients } from "@/lib/aws/clients";
import { taskDefinitionNameOf } from "@/lib/ecs/service-schemas";
import { describeDropped } from "@/lib/ecs/task-definitions/clean-up";
import { formToDefinition } from "@/lib/ecs/task-definitions/form";
import { registerTaskDefinition } from "@/lib/ecs/task-definitions/register";
import type { StepContext, StepDefinition } from "@/lib/flows/runner";
import { firstDeployForm } from "@/lib/ship/first-deploy";
import type { ShipPlan } from "@/lib/ship/plan";
import { type PinnedImage, pinnedImageUri, revisionWithImage } from "@/lib/ship/revision";

// Step 3: a new task definition revision whose app container runs the pushed image
// by digest. For a service that exists, a copy of the revision it runs; for a first
// deploy, the tutorial's one-container Fargate definition.

export function registerStep(aws: AwsClients, plan: ShipPlan): StepDefinition {
  return {
    id: "register",
    title: "Register the task definition revision",
    async run(ctx) {
      const image = pushedImage(ctx);
      const { definition, container, dropped } = plan.currentTaskDefinition
        ? await copiedRevision(aws, plan, plan.currentTaskDefinition, image, ctx)
        : {
            definition: formToDefinition(
              firstDeployForm(plan.request, pinnedImageUri(image)),
              aws.context.region,
            ),
            container: plan.request.container ?? plan.request.service,
            dropped: [],
          };

      const registered = await registerTaskDefinition(aws, { definition, app: plan.app, dropped });
      const revision = registered.taskDefinition;
      for (const group of registered.logGroups.filter((g) => g.created)) {
        ctx.log(`Created the log group ${group.group} in ${group.region}`);
      }
      ctx.log(`Registered ${revision.ref}: ${container} runs ${pinnedImageUri(image)}`);
      ctx.detail({ revision: revision.ref, container, image: pinnedImageUri(image) });
      // The same keys as a rollback's result: the history and rollback read both alike.
      ctx.setResult({
        taskDefinitionArn: revision.arn,
        taskDefinition: revision.ref,
        revision: revision.revision,
        container,
      });
    },
  };
}

async function copiedRevision(
  aws: AwsClients,
  plan: ShipPlan,
  current: string,
  image: PinnedImage,
  ctx: StepContext,
) {
  const answer = await aws.ecs.send(
    new DescribeTaskDefinitionCommand({ taskDefinition: current, include: ["TAGS"] }),
  );
  // Through JSON, as the CLI prints it: dates become strings like any pasted copy.
  const described = JSON.parse(JSON.stringify(answer)) as Record<string, unknown>;
  const copy = revisionWithImage(
    { taskDefinition: described.taskDefinition, tags: described.tags ?? [] },
    image,
    plan.request.container,
  );
  ctx.detail({ from: taskDefinitionNameOf(current), previousImage: copy.previousImage });
  ctx.log(`Copied ${taskDefinitionNameOf(current)}; ${copy.container} ran ${copy.previousImage}`);
  if (copy.dropped.length > 0) ctx.log(`Left out of the copy: ${describeDropped(copy.dropped)}`);
  return copy;
}

/** The push step's outcome, which this step builds on. */
export function pushedImage(ctx: StepContext): PinnedImage {
  const { repositoryUri, digest } = ctx.flow.result;
  if (typeof repositoryUri !== "string" || typeof digest !== "string") {
    throw new Error("The push step left no repository URI and digest");
  }
  return { repositoryUri, digest };
}
