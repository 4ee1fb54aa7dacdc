import { z } from "zod";
import { clusterRef } from "@/lib/ecs/names";
import { queryFlag, segment } from "@/lib/http/params";

// The inputs of the ECS log routes. Times are a duration back from now (`10m`,
// `2h`, `1d`), UNIX seconds or milliseconds, or an ISO 8601 time. Pure.

export const DEFAULT_SINCE_MS = 60 * 60 * 1000;
export const DEFAULT_LIMIT = 1_000;
export const MAX_LIMIT = 10_000;

const DURATION = /^(\d+)(s|m|h|d)$/;
const UNIT_MS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Milliseconds since the epoch for a time as the routes take it; null when unreadable. */
export function instantMs(value: string, now = Date.now()): number | null {
  const text = value.trim();
  const duration = DURATION.exec(text);
  if (duration) return now - Number(duration[1]) * (UNIT_MS[duration[2] ?? "s"] ?? 1_000);
  if (/^\d{1,11}(\.\d+)?$/.test(text)) return Math.floor(Number(text) * 1_000);
  if (/^\d{12,16}$/.test(text)) return Number(text);
  if (!/^\d{4}-\d\d-\d\d/.test(text)) return null;
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? null : parsed;
}

const instant = z.string().transform((value, ctx) => {
  const ms = instantMs(value);
  if (ms === null) {
    ctx.addIssue({
      code: "custom",
      message: "takes a duration (10m, 2h, 1d), UNIX seconds or milliseconds, or an ISO 8601 time",
    });
    return z.NEVER;
  }
  return ms;
});

const filterPattern = z
  .string()
  .max(1024, "filter is at most 1024 characters")
  .transform((value) => (value.trim() === "" ? undefined : value.trim()));

export const ecsLogQuery = z
  .object({
    since: instant.optional(),
    until: instant.optional(),
    filter: filterPattern.optional(),
    limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT),
    follow: queryFlag,
  })
  .refine((q) => q.since === undefined || q.until === undefined || q.since <= q.until, {
    message: "since must not be after until",
    path: ["until"],
  });

export const ecsDownloadQuery = z.object({
  since: instant.optional(),
  until: instant.optional(),
  filter: filterPattern.optional(),
  timestamps: queryFlag,
});

export type EcsLogQuery = z.infer<typeof ecsLogQuery>;

const serviceRef = z
  .string()
  .regex(
    /^([A-Za-z0-9_-]{1,255}|arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:service\/[A-Za-z0-9_/-]{1,512})$/,
    "service must be a service name or a service ARN",
  );

const taskRef = z
  .string()
  .regex(
    /^([A-Za-z0-9-]{1,64}|arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:task\/[A-Za-z0-9_/-]{1,512})$/,
    "task must be a task id or a task ARN",
  );

export const serviceLogParams = z.object({
  cluster: segment(clusterRef),
  service: segment(serviceRef),
});

export const taskLogParams = z.object({
  cluster: segment(clusterRef),
  taskId: segment(taskRef),
});
