import "server-only";
import type { AwsClients } from "@/lib/aws/clients";
import { deleteClusters } from "@/lib/cleanup/steps/clusters";
import { deleteEcrImages, deleteRepositories } from "@/lib/cleanup/steps/ecr";
import {
  removeLocalContainers,
  removeLocalImages,
  removeLocalVolumes,
} from "@/lib/cleanup/steps/local";
import { deleteLogGroups, deleteSecurityGroups } from "@/lib/cleanup/steps/logs-and-groups";
import { removeRevisions } from "@/lib/cleanup/steps/revisions";
import { awaitServicesGone, deleteServices, scaleServices } from "@/lib/cleanup/steps/services";
import { stopLooseTasks } from "@/lib/cleanup/steps/tasks";
import type { CleanupItem } from "@/lib/cleanup/types";
import type { StepContext, StepDefinition } from "@/lib/flows/runner";

// A run's steps: one per group of actions, in the order AWS lets things go. A step
// exists only when it has items; its id stays the same on a retry, so a retry
// continues where the run stopped and never runs a step before those it follows.

type Run = (
  aws: AwsClients,
  items: CleanupItem[],
  ctx: StepContext,
  /** Every item of the run: a step may need to know what else goes. */
  all: readonly CleanupItem[],
) => ReturnType<StepDefinition["run"]>;

interface Phase {
  id: string;
  title: string;
  takes: (item: CleanupItem) => boolean;
  run: Run;
}

const isServiceTask = (i: CleanupItem) => i.kind === "task" && i.locator.service !== undefined;
const local =
  (run: (items: CleanupItem[], ctx: StepContext) => Promise<void>): Run =>
  (_aws, items, ctx) =>
    run(items, ctx);

export const PHASES: Phase[] = [
  {
    id: "scale-services",
    title: "Scale services to 0",
    takes: (i) => i.kind === "service",
    run: scaleServices,
  },
  {
    id: "delete-services",
    title: "Delete services (force)",
    takes: (i) => i.kind === "service",
    run: deleteServices,
  },
  {
    id: "await-services",
    title: "Wait until the services are INACTIVE and their tasks stopped",
    takes: (i) => i.kind === "service" || isServiceTask(i),
    run: awaitServicesGone,
  },
  {
    id: "stop-tasks",
    title: "Stop tasks outside the services",
    takes: (i) => i.kind === "task" && !isServiceTask(i),
    run: stopLooseTasks,
  },
  {
    id: "revisions",
    title: "Deregister and delete task definition revisions",
    takes: (i) => i.kind === "revision",
    run: removeRevisions,
  },
  {
    id: "ecr-images",
    title: "Delete ECR images",
    takes: (i) => i.kind === "ecr-image",
    run: deleteEcrImages,
  },
  {
    id: "repositories",
    title: "Delete ECR repositories",
    takes: (i) => i.kind === "repository",
    run: deleteRepositories,
  },
  {
    id: "log-groups",
    title: "Delete log groups",
    takes: (i) => i.kind === "log-group",
    run: deleteLogGroups,
  },
  {
    id: "security-groups",
    title: "Delete security groups",
    takes: (i) => i.kind === "security-group",
    run: deleteSecurityGroups,
  },
  {
    id: "clusters",
    title: "Delete clusters",
    takes: (i) => i.kind === "cluster",
    run: deleteClusters,
  },
  {
    id: "local-containers",
    title: "Stop and remove local containers",
    takes: (i) => i.kind === "local-container",
    run: local(removeLocalContainers),
  },
  {
    id: "local-images",
    title: "Remove local images",
    takes: (i) => i.kind === "local-image",
    run: local(removeLocalImages),
  },
  {
    id: "local-volumes",
    title: "Remove local volumes",
    takes: (i) => i.kind === "local-volume",
    run: local(removeLocalVolumes),
  },
];

/** The steps that remove `items` (already in plan order), with `aws` made on first use. */
export function runSteps(items: readonly CleanupItem[], aws: () => AwsClients): StepDefinition[] {
  return PHASES.flatMap((phase) => {
    const mine = items.filter(phase.takes);
    if (mine.length === 0) return [];
    return [
      {
        id: phase.id,
        title: phase.title,
        run: (ctx: StepContext) => phase.run(aws(), mine, ctx, items),
      },
    ];
  });
}
