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

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * The name of the first path parameter holding a control character (NUL, a line
 * break...), as sent or once decoded; no resource name holds one, and the engine
 * client throws on them before the engine could answer.
 */
export function paramWithControlCharacter(
  params: Record<string, string | string[] | undefined> | undefined,
): string | null {
  for (const [name, value] of Object.entries(params ?? {})) {
    const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
    if (values.some((v) => CONTROL.test(v) || CONTROL.test(decodedOnce(v)))) return name;
  }
  return null;
}

function decodedOnce(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
