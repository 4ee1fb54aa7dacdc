// What of a deployed app is still there, asked of moto and the engine directly (not
// through Slipway): "gone" as AWS means it. INACTIVE clusters and services may stay
// listed; none may be ACTIVE or DRAINING. Revisions may not be ACTIVE or INACTIVE
// (deleted ones are DELETE_IN_PROGRESS or no longer listed).
import { DescribeLogGroupsCommand } from "@aws-sdk/client-cloudwatch-logs";
import { DescribeSecurityGroupsCommand } from "@aws-sdk/client-ec2";
import { DescribeRepositoriesCommand } from "@aws-sdk/client-ecr";
import {
  DescribeClustersCommand,
  DescribeServicesCommand,
  ListTaskDefinitionsCommand,
} from "@aws-sdk/client-ecs";
import { docker } from "../docker";
import { moto } from "../moto";
import type { DeployedApp } from "./deployed-app";
import { serviceTasks } from "./scheduler";

export async function awsLeftovers(app: DeployedApp): Promise<string[]> {
  const left: string[] = [];
  const clusters = await moto.ecs.send(new DescribeClustersCommand({ clusters: [app.cluster] }));
  for (const c of clusters.clusters ?? []) {
    if (c.status !== "INACTIVE") left.push(`cluster ${c.clusterName} ${c.status}`);
  }
  const services = await moto.ecs.send(
    new DescribeServicesCommand({ cluster: app.cluster, services: [app.service] }),
  );
  for (const s of services.services ?? []) {
    if (s.status !== "INACTIVE") left.push(`service ${s.serviceName} ${s.status}`);
  }
  const running = await serviceTasks(app.cluster, app.service, "RUNNING").catch(() => []);
  for (const t of running) if (t.lastStatus !== "STOPPED") left.push(`task ${t.taskArn}`);
  for (const status of ["ACTIVE", "INACTIVE"] as const) {
    const listed = await moto.ecs.send(
      new ListTaskDefinitionsCommand({ familyPrefix: app.family, status }),
    );
    for (const arn of listed.taskDefinitionArns ?? []) {
      const family = /task-definition\/([^:]+):\d+$/.exec(arn)?.[1];
      if (family === app.family) left.push(`${arn} ${status}`);
    }
  }
  left.push(...(await repositoryLeft(app.repository)));
  const groups = await moto.logs.send(
    new DescribeLogGroupsCommand({ logGroupNamePrefix: app.logGroup }),
  );
  for (const g of groups.logGroups ?? []) {
    if (g.logGroupName === app.logGroup) left.push(`log group ${g.logGroupName}`);
  }
  const sg = await moto.ec2.send(
    new DescribeSecurityGroupsCommand({
      Filters: [{ Name: "group-id", Values: [app.securityGroupId] }],
    }),
  );
  for (const g of sg.SecurityGroups ?? []) left.push(`security group ${g.GroupId}`);
  return left;
}

async function repositoryLeft(name: string): Promise<string[]> {
  try {
    await moto.ecr.send(new DescribeRepositoriesCommand({ repositoryNames: [name] }));
    return [`repository ${name}`];
  } catch (error) {
    if ((error as Error).name === "RepositoryNotFoundException") return [];
    throw error;
  }
}

/** Local containers labelled for the app, and local tags of its repository. */
export async function localLeftovers(app: DeployedApp): Promise<string[]> {
  const containers = await docker.listContainers({
    all: true,
    filters: { label: [`slipway.app=${app.app}`] },
  });
  const images = await docker.listImages();
  const tags = images
    .flatMap((i) => i.RepoTags ?? [])
    .filter((t) => t.startsWith(`${app.repositoryUri}:`));
  return [...containers.map((c) => `container ${c.Names?.[0]}`), ...tags.map((t) => `image ${t}`)];
}
