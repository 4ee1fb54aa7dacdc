// What a first deploy makes, found and removed again by the test that asked for it:
// tasks, service, cluster, the task definition revisions, the security group, the log
// group, the repository with what was pushed, and the local images.
import {
  DeleteSecurityGroupCommand,
  DescribeSecurityGroupsCommand,
  type SecurityGroup,
} from "@aws-sdk/client-ec2";
import { removeImageQuietly } from "./docker";
import { deleteStandInManifest } from "./ecr-stand-in";
import { moto, quietly } from "./moto";
import { removeTestRepository } from "./moto/ecr";
import { removeTestCluster } from "./moto/ecs";
import { removeLogGroup } from "./moto/logs";
import { stopAllTasks } from "./moto/scheduler";
import { deregisterTaskDefinitions } from "./moto/service-fixtures";

export interface FirstDeploy {
  cluster: string;
  service: string;
  repository: string;
  /** Known once the repository exists. */
  repositoryUri: string;
  tags: string[];
  digests: string[];
  revisions: number;
}

/** The security group a first deploy opened its port in (named for cluster and service). */
export async function firstDeployGroup(deploy: FirstDeploy): Promise<SecurityGroup | undefined> {
  const answer = await moto.ec2.send(
    new DescribeSecurityGroupsCommand({
      Filters: [{ Name: "group-name", Values: [`slipway-${deploy.cluster}-${deploy.service}`] }],
    }),
  );
  return answer.SecurityGroups?.[0];
}

export async function removeFirstDeploy(deploy: FirstDeploy): Promise<void> {
  await stopAllTasks(deploy.cluster);
  await removeTestCluster(deploy.cluster);
  const revisions = Array.from(
    { length: deploy.revisions },
    (_, i) => `${deploy.service}:${i + 1}`,
  );
  await deregisterTaskDefinitions(revisions);
  const group = await firstDeployGroup(deploy).catch(() => undefined);
  if (group?.GroupId) {
    const GroupId = group.GroupId;
    await quietly(() => moto.ec2.send(new DeleteSecurityGroupCommand({ GroupId })));
  }
  await removeLogGroup(`/ecs/${deploy.service}`);
  for (const digest of deploy.digests) await deleteStandInManifest(deploy.repositoryUri, digest);
  await removeTestRepository(deploy.repository);
  for (const tag of deploy.tags) {
    await removeImageQuietly(`${deploy.repository}:${tag}`);
    if (deploy.repositoryUri) await removeImageQuietly(`${deploy.repositoryUri}:${tag}`);
  }
}
