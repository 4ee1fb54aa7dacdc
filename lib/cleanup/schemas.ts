import { z } from "zod";
import { appName } from "@/lib/aws/tags";
import type { CleanupTarget, ConfirmedNames } from "@/lib/cleanup/types";
import { repositoryName } from "@/lib/ecr/names";
import { clusterRef } from "@/lib/ecs/names";
import { serviceRef } from "@/lib/ecs/service-schemas";
import { familyName } from "@/lib/ecs/task-definitions/names";

// What the cleanup routes accept. Names the user confirms are exact: each one is
// matched whole, never as a prefix or a substring.

const logGroupName = z
  .string()
  .min(1, "log group name must not be empty")
  .max(512, "log group name is at most 512 characters")
  .regex(/^[\w#+=/:,.@-]+$/, "log group name holds letters, digits and _ # + = / : , . @ -");

const securityGroup = z
  .string()
  .min(1, "security group must not be empty")
  .max(255, "security group is at most 255 characters")
  .regex(/^[\w .:/()#,@[\]+=&;{}!$*-]+$/, "security group is an id (sg-...) or a group name");

const list = <T extends z.ZodType>(item: T) => z.array(item).max(100, "at most 100 names");

const serviceTarget = z.strictObject({ cluster: clusterRef, service: serviceRef });

/** One confirmed name of each kind: the Cleanup form checks each line with these. */
export const CONFIRMED_NAME = {
  clusters: clusterRef,
  services: serviceTarget,
  families: familyName,
  repositories: repositoryName,
  logGroups: logGroupName,
  securityGroups: securityGroup,
} as const;

export const confirmedNames = z.strictObject({
  clusters: list(CONFIRMED_NAME.clusters).default([]),
  services: list(CONFIRMED_NAME.services).default([]),
  families: list(CONFIRMED_NAME.families).default([]),
  repositories: list(CONFIRMED_NAME.repositories).default([]),
  logGroups: list(CONFIRMED_NAME.logGroups).default([]),
  securityGroups: list(CONFIRMED_NAME.securityGroups).default([]),
});

export const NO_NAMES: ConfirmedNames = {
  clusters: [],
  services: [],
  families: [],
  repositories: [],
  logGroups: [],
  securityGroups: [],
};

export const planRequest = z
  .strictObject({
    service: serviceTarget.optional(),
    cluster: clusterRef.optional(),
    app: appName.optional(),
    names: confirmedNames.optional(),
    keepRevisions: z
      .number({ error: "keepRevisions must be a number" })
      .int("keepRevisions must be a whole number")
      .min(0, "keepRevisions must be 0 or more")
      .max(100, "keepRevisions is at most 100")
      .default(1),
    local: z.boolean({ error: "local is true or false" }).default(false),
    aws: z.boolean({ error: "aws is true or false" }).default(true),
  })
  .superRefine((body, ctx) => {
    const chosen = [body.service, body.cluster, body.app].filter((v) => v !== undefined);
    if (chosen.length !== 1) {
      ctx.addIssue({
        code: "custom",
        path: [],
        message: "choose exactly one target: service {cluster, service}, cluster, or app",
      });
    }
    if (!body.aws && !body.local) {
      ctx.addIssue({ code: "custom", path: ["local"], message: "plan AWS, local, or both" });
    }
    if (!body.aws && body.app === undefined) {
      ctx.addIssue({ code: "custom", path: ["aws"], message: "a local-only plan names an app" });
    }
  });
export type PlanRequest = z.infer<typeof planRequest>;

export function targetOf(request: PlanRequest): CleanupTarget {
  if (request.service) return { kind: "service", ...request.service };
  if (request.cluster) return { kind: "cluster", cluster: request.cluster };
  return { kind: "app", app: request.app ?? "" };
}

const id = z.string().min(1).max(1024);

export const planId = z.uuid("plan id is the id the plan answered");

export const runRequest = z.strictObject({
  planId,
  itemIds: z.array(id).min(1, "tick at least one item").max(5000),
});
export type RunRequest = z.infer<typeof runRequest>;

/** The id in a plan or run path. */
export const idParams = z.object({ id: z.string().min(1).max(100) });
