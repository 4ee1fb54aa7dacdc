// Where a rollback goes, as GET .../rollback answers it. Pure: the rollback dialog
// imports it too.

export type RollbackSource = "history" | "deployments" | "previous-revision";

export interface RollbackTarget {
  cluster: string;
  service: string;
  /** The revision rolled back to. */
  taskDefinitionArn: string;
  /** `family:revision` of it. */
  taskDefinition: string;
  revision: number;
  /** The task definition ARN the service runs now. */
  currentTaskDefinitionArn: string;
  /** `family:revision` of it. */
  currentTaskDefinition: string;
  source: RollbackSource;
  /** Where the revision was found, in words. */
  sourceNote: string;
  /** For a revision from Slipway's history: the flow it comes from, for the UI to word. */
  sourceFlow?: { id: string; kind: string; at: string };
}
