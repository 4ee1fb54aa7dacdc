import { z } from "zod";
import { userSinceToEngine } from "@/lib/logs/timestamps";

// The query of the logs routes. The tail is bounded: a log of millions of lines is
// fetched whole only through the download route, which streams it.

export const DEFAULT_TAIL = 1_000;
export const MAX_TAIL = 100_000;

const flag = z.enum(["true", "false"]).transform((value) => value === "true");

const since = z.string().transform((value, ctx) => {
  const engineSince = userSinceToEngine(value);
  if (engineSince === null) {
    ctx.addIssue({
      code: "custom",
      message: "since takes a duration (10m, 2h, 1d), UNIX seconds or an RFC 3339 time",
    });
    return z.NEVER;
  }
  return engineSince;
});

export const containerParams = z.object({
  id: z
    .string()
    .regex(
      /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,254}$/,
      "a container id or name starts with a letter or digit, then letters, digits, _ . or -",
    ),
});

export const logQuery = z.object({
  tail: z.coerce.number().int().min(0).max(MAX_TAIL).default(DEFAULT_TAIL),
  since: since.optional(),
  timestamps: flag.default(false),
  follow: flag.default(false),
});

export const downloadQuery = z.object({
  timestamps: flag.default(false),
});

export type LogQuery = z.infer<typeof logQuery>;
