// What discovery found in AWS and on the engine, in plain shapes: the planners read
// only these, so that every keep rule is tested without AWS. Tags are key -> value.

export type Tags = Record<string, string>;

export interface ClusterFact {
  name: string;
  arn: string;
  status: string;
  tags: Tags;
  containerInstances: number;
}

export interface ServiceFact {
  cluster: string;
  name: string;
  arn: string;
  /** ACTIVE, DRAINING or INACTIVE. */
  status: string;
  /** REPLICA or DAEMON. */
  scheduling: string;
  desiredCount: number;
  runningCount: number;
  /** Task definition ARNs of the service and of every deployment, current first. */
  taskDefinitions: string[];
  securityGroups: string[];
  tags: Tags;
}

export interface TaskFact {
  arn: string;
  cluster: string;
  /** `service:<name>` for a service's tasks. */
  group: string | null;
  lastStatus: string;
}

export interface LogTarget {
  group: string;
  /** Null: the region of the plan. */
  region: string | null;
}

export interface RevisionFact {
  arn: string;
  family: string;
  revision: number;
  /** ACTIVE or INACTIVE. */
  status: string;
  tags: Tags;
  /** Container images as written in the revision. */
  images: string[];
  logGroups: LogTarget[];
}

export interface EcrImageFact {
  digest: string;
  tags: string[];
  sizeBytes: number | null;
}

export interface RepositoryFact {
  name: string;
  arn: string;
  uri: string;
  tags: Tags;
  /** Null when discovery did not list them (a repository only the scan of others named). */
  images: EcrImageFact[] | null;
}

export interface LogGroupFact {
  name: string;
  arn: string;
  tags: Tags;
  storedBytes: number | null;
}

export interface SecurityGroupFact {
  id: string;
  name: string;
  vpcId: string;
  tags: Tags;
}

export interface LocalContainerFact {
  id: string;
  name: string;
  /** The image as the container was created from it (a reference or an id). */
  image: string;
  imageId: string;
  state: string;
  labels: Tags;
  volumes: string[];
}

export interface LocalImageFact {
  id: string;
  tags: string[];
  size: number;
  labels: Tags;
}

export interface LocalVolumeFact {
  name: string;
  labels: Tags;
  size: number | null;
}

export interface LocalFacts {
  containers: LocalContainerFact[];
  images: LocalImageFact[];
  volumes: LocalVolumeFact[];
}

export interface CleanupFacts {
  region: string;
  clusters: ClusterFact[];
  /** Every service of the region's ACTIVE clusters that is not INACTIVE. */
  services: ServiceFact[];
  /** Tasks not yet stopped in the clusters the plan touches. */
  tasks: TaskFact[];
  /** Revisions of the families in scope, and those that services of the region use. */
  revisions: RevisionFact[];
  /** Families whose newest revision carries the app's tag (app targets only). */
  taggedFamilies: string[];
  repositories: RepositoryFact[];
  logGroups: LogGroupFact[];
  securityGroups: SecurityGroupFact[];
  local: LocalFacts | null;
}
