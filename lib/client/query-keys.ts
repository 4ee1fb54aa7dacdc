// Query keys come from these factories so that invalidation by engine events and
// the pages that read the data agree on one shape.
export const dockerKeys = {
  all: ["docker"] as const,
  images: () => [...dockerKeys.all, "images"] as const,
  image: (ref: string) => [...dockerKeys.images(), ref] as const,
  containers: () => [...dockerKeys.all, "containers"] as const,
  container: (id: string) => [...dockerKeys.containers(), id] as const,
  volumes: () => [...dockerKeys.all, "volumes"] as const,
  networks: () => [...dockerKeys.all, "networks"] as const,
  /** Not refreshed by events: /system/df walks every layer, so it is asked for on demand. */
  diskUsage: () => [...dockerKeys.all, "system", "df"] as const,
};

export const healthKey = ["health"] as const;

export const engineKeys = {
  all: ["engines"] as const,
  list: (ping: boolean) => [...engineKeys.all, ping ? "pinged" : "plain"] as const,
};

/** Which cached lists an engine event of this type makes stale. */
export function keysForEventType(type: string): ReadonlyArray<readonly string[]> {
  switch (type) {
    case "container":
      // Containers change who uses images and volumes, and who is on a network.
      return [
        dockerKeys.containers(),
        dockerKeys.images(),
        dockerKeys.volumes(),
        dockerKeys.networks(),
      ];
    case "image":
      return [dockerKeys.images()];
    case "volume":
      return [dockerKeys.volumes()];
    case "network":
      return [dockerKeys.networks()];
    default:
      return [];
  }
}

/** The AWS profile and region a cached answer belongs to. */
export interface AwsScope {
  profile: string | null;
  region: string | null;
}

// AWS keys carry the profile and region, so switching either in the header shows
// that account's data and never another's from the cache.
export const awsKeys = {
  all: ["aws"] as const,
  choices: () => [...awsKeys.all, "choices"] as const,
  scope: (s: AwsScope) => [...awsKeys.all, s.profile ?? "", s.region ?? ""] as const,
  identity: (s: AwsScope) => [...awsKeys.scope(s), "identity"] as const,
  repositories: (s: AwsScope) => [...awsKeys.scope(s), "ecr", "repositories"] as const,
  repository: (s: AwsScope, name: string) => [...awsKeys.repositories(s), name] as const,
  images: (s: AwsScope, name: string) => [...awsKeys.repository(s, name), "images"] as const,
  clusters: (s: AwsScope) => [...awsKeys.scope(s), "ecs", "clusters"] as const,
  cluster: (s: AwsScope, cluster: string) => [...awsKeys.clusters(s), cluster] as const,
  services: (s: AwsScope, cluster: string) => [...awsKeys.cluster(s, cluster), "services"] as const,
  service: (s: AwsScope, cluster: string, service: string) =>
    [...awsKeys.services(s, cluster), service] as const,
  /** Tasks of a cluster, or of one service when `service` is set. */
  tasks: (s: AwsScope, cluster: string, filter: { service?: string; status?: string }) =>
    [...awsKeys.cluster(s, cluster), "tasks", filter] as const,
  task: (s: AwsScope, cluster: string, taskId: string) =>
    [...awsKeys.cluster(s, cluster), "task", taskId] as const,
  taskDefinitionFamilies: (s: AwsScope) =>
    [...awsKeys.scope(s), "ecs", "task-definition-families"] as const,
  taskDefinitionRevisions: (s: AwsScope, family: string) =>
    [...awsKeys.scope(s), "ecs", "task-definition-revisions", family] as const,
  taskDefinitionChoice: (s: AwsScope, taskDefinition: string) =>
    [...awsKeys.scope(s), "ecs", "task-definition-choice", taskDefinition] as const,
  vpcs: (s: AwsScope) => [...awsKeys.scope(s), "ec2", "vpcs"] as const,
  subnets: (s: AwsScope, vpc: string) => [...awsKeys.scope(s), "ec2", "subnets", vpc] as const,
  securityGroups: (s: AwsScope, vpc: string) =>
    [...awsKeys.scope(s), "ec2", "security-groups", vpc] as const,
};
