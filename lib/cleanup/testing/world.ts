import type {
  CleanupFacts,
  RepositoryFact,
  RevisionFact,
  ServiceFact,
  TaskFact,
} from "@/lib/cleanup/facts";

// For unit tests only: a region's facts written in a few lines, as discovery would
// have found them.

export const ACCOUNT = "111122223333";
export const REGION = "us-east-1";
const ARN = `arn:aws:ecs:${REGION}:${ACCOUNT}`;
export const REGISTRY = `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com`;

export const digest = (c: string) => `sha256:${c.repeat(64)}`;
export const appTags = (app: string) => ({ "slipway:app": app, "slipway:created-by": "slipway" });

export function emptyFacts(): CleanupFacts {
  return {
    region: REGION,
    clusters: [],
    services: [],
    tasks: [],
    revisions: [],
    taggedFamilies: [],
    repositories: [],
    logGroups: [],
    securityGroups: [],
    local: null,
  };
}

export const revisionArn = (family: string, revision: number) =>
  `${ARN}:task-definition/${family}:${revision}`;

export function cluster(name: string, app?: string) {
  return {
    name,
    arn: `${ARN}:cluster/${name}`,
    status: "ACTIVE",
    tags: app ? appTags(app) : {},
    containerInstances: 0,
  };
}

export function service(
  clusterName: string,
  name: string,
  taskDefinition: string,
  more: Partial<ServiceFact> = {},
): ServiceFact {
  return {
    cluster: clusterName,
    name,
    arn: `${ARN}:service/${clusterName}/${name}`,
    status: "ACTIVE",
    scheduling: "REPLICA",
    desiredCount: 1,
    runningCount: 1,
    taskDefinitions: [taskDefinition],
    securityGroups: [],
    tags: {},
    ...more,
  };
}

export function task(clusterName: string, id: string, group: string | null): TaskFact {
  return {
    arn: `${ARN}:task/${clusterName}/${id}`,
    cluster: clusterName,
    group,
    lastStatus: "RUNNING",
  };
}

export function revision(
  family: string,
  number: number,
  images: string[],
  more: Partial<RevisionFact> = {},
): RevisionFact {
  return {
    arn: revisionArn(family, number),
    family,
    revision: number,
    status: "ACTIVE",
    tags: {},
    images,
    logGroups: [{ group: `/ecs/${family}`, region: REGION }],
    ...more,
  };
}

export function repository(
  name: string,
  images: Array<{ digest: string; tags: string[]; sizeBytes?: number }>,
  app?: string,
): RepositoryFact {
  return {
    name,
    arn: `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/${name}`,
    uri: `${REGISTRY}/${name}`,
    tags: app ? appTags(app) : {},
    images: images.map((i) => ({ digest: i.digest, tags: i.tags, sizeBytes: i.sizeBytes ?? 1000 })),
  };
}

export function logGroup(name: string, app?: string) {
  return {
    name,
    arn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${name}`,
    tags: app ? appTags(app) : {},
    storedBytes: 500,
  };
}
