import { invalidInput } from "@/lib/errors";

// Task definition JSON as people paste it (case E2): the output of
// `aws ecs describe-task-definition`, the inner task definition alone, or a
// RegisterTaskDefinition input. Describe output holds keys ECS sets itself and refuses
// on registration, and null or empty values; they are dropped and named, so the person
// sees what changed. Pure: the JSON editor previews the same clean-up.

/** Keys ECS sets on a registered revision; RegisterTaskDefinition refuses them. */
export const READ_ONLY_KEYS = [
  "taskDefinitionArn",
  "revision",
  "status",
  "requiresAttributes",
  "compatibilities",
  "registeredAt",
  "registeredBy",
  "deregisteredAt",
] as const;

/** The members of RegisterTaskDefinition's input. */
export const REGISTER_KEYS = [
  "family",
  "taskRoleArn",
  "executionRoleArn",
  "networkMode",
  "containerDefinitions",
  "volumes",
  "placementConstraints",
  "requiresCompatibilities",
  "cpu",
  "memory",
  "tags",
  "pidMode",
  "ipcMode",
  "proxyConfiguration",
  "inferenceAccelerators",
  "ephemeralStorage",
  "runtimePlatform",
  "enableFaultInjection",
] as const;

export interface DroppedKey {
  /** Where it was, e.g. `compatibilities` or `containerDefinitions[0].mountPoints`. */
  path: string;
  reason: "read-only" | "null" | "empty";
}

export interface CleanedDefinition {
  /** What RegisterTaskDefinition gets (tags included when there are any). */
  definition: Record<string, unknown>;
  dropped: DroppedKey[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const READ_ONLY = new Set<string>(READ_ONLY_KEYS);
const KNOWN = new Set<string>(REGISTER_KEYS);

export function cleanPastedDefinition(pasted: unknown): CleanedDefinition {
  if (!isObject(pasted)) throw invalidInput("A task definition must be a JSON object");
  const { inner, outerTags } = unwrap(pasted);
  const dropped: DroppedKey[] = [];
  const kept: Json = {};

  for (const [key, value] of Object.entries(inner)) {
    if (READ_ONLY.has(key)) {
      dropped.push({ path: key, reason: "read-only" });
      continue;
    }
    const cleaned = cleanValue(value, key, dropped);
    if (cleaned !== undefined) kept[key] = cleaned;
  }
  if (kept.tags === undefined && outerTags !== undefined) {
    const tags = cleanValue(outerTags, "tags", dropped);
    if (tags !== undefined) kept.tags = tags;
  }

  const unknown = Object.keys(kept).filter((key) => !KNOWN.has(key));
  if (unknown.length > 0) {
    throw invalidInput(
      `Unknown key${unknown.length === 1 ? "" : "s"} for a task definition: ` +
        `${unknown.join(", ")}. A task definition takes: ${REGISTER_KEYS.join(", ")}`,
      { unknownKeys: unknown },
    );
  }
  return { definition: kept, dropped };
}

/** Describe output wraps the definition as `{taskDefinition, tags}`. */
function unwrap(pasted: Json): { inner: Json; outerTags: unknown } {
  if (!isObject(pasted.taskDefinition)) return { inner: pasted, outerTags: undefined };
  const extra = Object.keys(pasted).filter((k) => k !== "taskDefinition" && k !== "tags");
  if (extra.length > 0) {
    throw invalidInput(
      `Describe output holds taskDefinition and tags only; also found: ${extra.join(", ")}`,
    );
  }
  return { inner: pasted.taskDefinition, outerTags: pasted.tags };
}

/** The value without nulls and empties inside it; undefined when nothing is left. */
function cleanValue(value: unknown, path: string, dropped: DroppedKey[]): unknown {
  if (value === null || value === undefined) {
    dropped.push({ path, reason: "null" });
    return undefined;
  }
  if (Array.isArray(value)) {
    // Strings in arrays stay as they are: an empty argument of a command means something.
    const items = value
      .map((item, i) =>
        isObject(item) || item === null ? cleanValue(item, `${path}[${i}]`, dropped) : item,
      )
      .filter((item) => item !== undefined);
    if (items.length === 0) {
      dropped.push({ path, reason: "empty" });
      return undefined;
    }
    return items;
  }
  if (isObject(value)) {
    const object = cleanObject(value, path, dropped);
    if (object === undefined) dropped.push({ path, reason: "empty" });
    return object;
  }
  if (value === "") {
    dropped.push({ path, reason: "empty" });
    return undefined;
  }
  return value;
}

function cleanObject(value: Json, path: string, dropped: DroppedKey[]): Json | undefined {
  const kept: Json = {};
  for (const [key, inner] of Object.entries(value)) {
    const cleaned = cleanValue(inner, `${path}.${key}`, dropped);
    if (cleaned !== undefined) kept[key] = cleaned;
  }
  return Object.keys(kept).length > 0 ? kept : undefined;
}

/** "compatibilities (read-only), volumes (empty)": the dropped keys in a sentence. */
export function describeDropped(dropped: readonly DroppedKey[]): string {
  return dropped.map((d) => `${d.path} (${d.reason})`).join(", ");
}
