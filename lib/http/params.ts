import { z } from "zod";

// Schemas for the small things every route parses the same way.

/** A query boolean: `true` or `false`, absent meaning false. */
export const queryFlag = z
  .enum(["true", "false"], { error: "must be true or false" })
  .optional()
  .transform((value) => value === "true");

/**
 * A resource name from one path segment. Next hands segments over decoded; one
 * that still holds an escape (a client that encoded twice) is decoded once more.
 */
export function segment<T extends z.ZodType<string>>(schema: T) {
  return z.preprocess((value) => {
    if (typeof value !== "string" || !/%[0-9A-Fa-f]{2}/.test(value)) return value;
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }, schema);
}
