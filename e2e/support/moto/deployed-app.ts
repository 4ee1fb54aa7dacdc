// A deployed app as the tutorial leaves it, made through Slipway's own API where it
// can (so everything carries Slipway's tags) and the harness where moto falls short:
// a tagged cluster, an ECR repository whose images are recorded with PutImage, task
// definition revisions pinning those images by digest with awslogs logging (their
// log group created, tagged), a security group Slipway made, and a Fargate service
// whose tasks the scheduler harness starts. `remove()` clears whatever a test left.
import { testName } from "../docker";
import { apiJson } from "../http";
import { createTestVpc, type TestVpc } from "./ec2";
import { putTestImage, removeTestRepository } from "./ecr";
import { removeTestCluster } from "./ecs";
import { removeLogGroup, writeAwslogsEvents } from "./logs";
import { playScheduler, settleStoppedTasks, stopAllTasks } from "./scheduler";
import { deregisterTaskDefinitions, SERVICE_PORT } from "./service-fixtures";

export interface DeployedApp {
  app: string;
  cluster: string;
  service: string;
  family: string;
  /** `family:revision`, oldest first. */
  revisions: string[];
  repository: string;
  repositoryUri: string;
  /** The digest each revision pins, in the same order. */
  digests: string[];
  logGroup: string;
  securityGroupId: string;
  vpc: TestVpc;
  taskArns: string[];
  remove: () => Promise<void>;
}

async function created<T>(path: string, body: unknown): Promise<T> {
  const answer = await apiJson<T>("POST", path, body);
  if (answer.status !== 201) throw new Error(`POST ${path}: ${JSON.stringify(answer)}`);
  return answer.body;
}

/** `revisionCount` revisions, each pinning its own image (`v1`, `v2`...); the service runs the last. */
export async function deployApp(revisionCount: number, cidrSecondOctet: number) {
  const app = testName("app");
  const cluster = testName("cluster");
  const service = testName("svc");
  const family = testName("family");
  const repository = testName("repo");
  const logGroup = `/ecs/${family}`;
  await created("/api/ecs/clusters", { name: cluster, app });
  const repo = await created<{ uri: string }>("/api/ecr/repositories", { name: repository, app });
  const vpc = await createTestVpc(testName("vpc"), cidrSecondOctet);
  const group = await created<{ id: string }>("/api/ec2/security-groups", {
    name: testName("sg"),
    vpcId: vpc.vpcId,
    ingressPorts: [SERVICE_PORT],
    app,
  });

  const digests: string[] = [];
  const revisions: string[] = [];
  for (let n = 1; n <= revisionCount; n += 1) {
    const digest = await putTestImage(repository, `v${n}`, `${repository}-v${n}`);
    digests.push(digest);
    const answer = await created<{ taskDefinition: { ref: string } }>("/api/ecs/task-definitions", {
      definition: taskDefinition(family, `${repo.uri}@${digest}`, logGroup),
      app,
    });
    revisions.push(answer.taskDefinition.ref);
  }
  await created(`/api/ecs/clusters/${cluster}/services`, {
    name: service,
    taskDefinition: family,
    desiredCount: 1,
    subnets: vpc.subnetIds,
    securityGroups: [group.id],
    assignPublicIp: true,
    app,
  });
  const play = await playScheduler(cluster, service);
  for (const task of play.started) {
    await writeAwslogsEvents({ group: logGroup, prefix: "ecs", container: "web", task }, ["up"]);
  }

  const deployed: DeployedApp = {
    app,
    cluster,
    service,
    family,
    revisions,
    repository,
    repositoryUri: repo.uri,
    digests,
    logGroup,
    securityGroupId: group.id,
    vpc,
    taskArns: play.started,
    remove: async () => {
      await stopAllTasks(cluster);
      await removeTestCluster(cluster);
      await deregisterTaskDefinitions(revisions);
      await removeTestRepository(repository);
      await removeLogGroup(logGroup);
      await vpc.remove();
    },
  };
  return deployed;
}

export function taskDefinition(family: string, image: string, logGroup: string) {
  return {
    family,
    networkMode: "awsvpc",
    requiresCompatibilities: ["FARGATE"],
    cpu: "256",
    memory: "512",
    containerDefinitions: [
      {
        name: "web",
        image,
        essential: true,
        memory: 512,
        portMappings: [{ containerPort: SERVICE_PORT, protocol: "tcp" }],
        logConfiguration: {
          logDriver: "awslogs",
          options: {
            "awslogs-group": logGroup,
            "awslogs-region": "us-east-1",
            "awslogs-stream-prefix": "ecs",
          },
        },
      },
    ],
  };
}

/**
 * Plays what ECS does while a cleanup run waits: the deleted service's tasks stop and
 * their network interfaces are released. Returns the run once it is no longer running.
 */
export async function driveRun<T extends { state: string }>(
  runId: string,
  cluster: string,
  service: string,
  timeoutMs = 180_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const run = await apiJson<T>("GET", `/api/cleanup/runs/${runId}`);
    if (run.body.state !== "running") return run.body;
    await playScheduler(cluster, service).catch(() => undefined);
    await settleStoppedTasks(cluster).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error(`cleanup run ${runId} still running after ${timeoutMs} ms`);
}
