import "server-only";
import type { AwsClients } from "@/lib/aws/clients";
import { createSecurityGroup, listSecurityGroups } from "@/lib/ec2/security-groups";
import { createCluster } from "@/lib/ecs/clusters";
import { createService } from "@/lib/ecs/service-changes";
import type { ServiceDetail } from "@/lib/ecs/service-types";
import type { StepContext } from "@/lib/flows/runner";
import { plural } from "@/lib/format/plural";
import { firstDeployGroupName } from "@/lib/ship/first-deploy";
import type { ShipPlan } from "@/lib/ship/plan";

// A first deploy's tutorial steps 3 and 5: a Fargate cluster, a security group that
// opens the container port to anyone, and a Fargate service in the default VPC's
// subnets with a public IP. Each is tagged for the app. A retry finds what an
// earlier attempt made and goes on from there.

export async function createWhatIsMissing(
  aws: AwsClients,
  plan: ShipPlan,
  revision: string,
  ctx: StepContext,
): Promise<ServiceDetail> {
  const { cluster, service, create } = plan.request;
  if (!create || !plan.network) throw new Error("A first deploy needs its settings and network");

  if (plan.clusterExists) ctx.log(`Cluster ${cluster} exists already`);
  else if (ctx.flow.result.createdCluster !== cluster) {
    await createCluster(aws, cluster, plan.app);
    ctx.setResult({ createdCluster: cluster });
    ctx.log(`Created the Fargate cluster ${cluster}`);
  }

  const groupName = firstDeployGroupName(plan.request);
  const groups = await listSecurityGroups(aws, plan.network.vpcId);
  let group = groups.find((g) => g.name === groupName);
  if (group) ctx.log(`Security group ${groupName} (${group.id}) exists already`);
  else {
    group = await createSecurityGroup(aws, {
      name: groupName,
      vpcId: plan.network.vpcId,
      description: `Slipway: TCP ${create.containerPort} open for ${service} in ${cluster}`,
      ingressPorts: [create.containerPort],
      app: plan.app,
    });
    ctx.log(`Created the security group ${groupName} (${group.id}): TCP ${create.containerPort}`);
  }
  ctx.setResult({ securityGroupId: group.id });

  const created = await createService(aws, cluster, {
    name: service,
    taskDefinition: revision,
    desiredCount: create.desiredCount,
    launchType: "FARGATE",
    subnets: plan.network.subnets,
    securityGroups: [group.id],
    assignPublicIp: true,
    app: plan.app,
  });
  ctx.log(
    `Created the service ${service}: ${plural(create.desiredCount, "Fargate task")} of ` +
      `${revision} in ${plural(plan.network.subnets.length, "subnet")} of ` +
      `${plan.network.vpcId}, public IP on`,
  );
  ctx.detail({ securityGroup: group.id, subnets: plan.network.subnets });
  return created;
}
