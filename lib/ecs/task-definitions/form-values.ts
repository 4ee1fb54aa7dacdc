import type { TaskDefinitionForm } from "@/lib/ecs/task-definitions/form";

// The form as the page holds it (text fields, a logging switch) and the ways in and
// out: to the body the API takes, and from an existing revision for a new one. A
// revision the form cannot show whole (two containers, volumes, secrets...) is
// named key by key, so the page can send the person to the JSON editor. Pure.

export interface FormValues {
  family: string;
  app: string;
  containerName: string;
  image: string;
  cpu: number;
  memory: number;
  /** The container's soft limit in MiB; null for none. */
  memoryReservation: number | null;
  portMappings: Array<{ containerPort: number; protocol: "tcp" | "udp" }>;
  environment: Array<{ name: string; value: string }>;
  executionRoleArn: string;
  taskRoleArn: string;
  logging: { enabled: boolean; group: string; region: string; streamPrefix: string };
}

export const EMPTY_FORM: FormValues = {
  family: "",
  app: "",
  containerName: "web",
  image: "",
  cpu: 256,
  memory: 512,
  memoryReservation: null,
  portMappings: [{ containerPort: 80, protocol: "tcp" }],
  environment: [],
  executionRoleArn: "",
  taskRoleArn: "",
  logging: { enabled: true, group: "", region: "", streamPrefix: "ecs" },
};

const orUndefined = (text: string) => (text.trim() === "" ? undefined : text.trim());

/** The body of `POST /api/ecs/task-definitions {form}` for these values. */
export function formBody(values: FormValues): Record<string, unknown> {
  const body: Partial<Record<keyof TaskDefinitionForm, unknown>> = {
    family: values.family.trim(),
    app: orUndefined(values.app),
    containerName: values.containerName.trim(),
    image: values.image.trim(),
    cpu: values.cpu,
    memory: values.memory,
    memoryReservation: values.memoryReservation ?? undefined,
    portMappings: values.portMappings,
    environment: values.environment.filter((v) => v.name !== "" || v.value !== ""),
    executionRoleArn: orUndefined(values.executionRoleArn),
    taskRoleArn: orUndefined(values.taskRoleArn),
    logging: values.logging.enabled
      ? {
          group: orUndefined(values.logging.group),
          region: orUndefined(values.logging.region),
          streamPrefix: orUndefined(values.logging.streamPrefix) ?? "ecs",
        }
      : null,
  };
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
}

type Json = Record<string, unknown>;
const FORM_TOP_KEYS = new Set([
  "family",
  "cpu",
  "memory",
  "executionRoleArn",
  "taskRoleArn",
  "containerDefinitions",
  "tags",
]);
const FORM_CONTAINER_KEYS = new Set([
  "name",
  "image",
  "essential",
  "memoryReservation",
  "portMappings",
  "environment",
  "logConfiguration",
]);
const AWSLOGS_OPTIONS = new Set(["awslogs-group", "awslogs-region", "awslogs-stream-prefix"]);

/**
 * Form values for a new revision of `definition` (a registerable task definition,
 * as clean-up gives it), and the keys the form would lose.
 */
export function formFromDefinition(definition: Json): { values: FormValues; uncovered: string[] } {
  const uncovered: string[] = [];
  for (const key of Object.keys(definition)) {
    if (FORM_TOP_KEYS.has(key)) continue;
    if (key === "networkMode" && definition.networkMode === "awsvpc") continue;
    if (key === "requiresCompatibilities" && sameList(definition[key], ["FARGATE"])) continue;
    uncovered.push(key);
  }
  const containers = Array.isArray(definition.containerDefinitions)
    ? (definition.containerDefinitions as Json[])
    : [];
  if (containers.length > 1) uncovered.push(`containerDefinitions (${containers.length})`);
  const container = containers[0] ?? {};
  for (const key of Object.keys(container)) {
    if (FORM_CONTAINER_KEYS.has(key)) continue;
    // Describe output gives every container `cpu: 0`: nothing the form loses.
    if (key === "cpu" && container.cpu === 0) continue;
    uncovered.push(`containerDefinitions[0].${key}`);
  }
  if (container.essential === false) uncovered.push("containerDefinitions[0].essential");

  const values: FormValues = {
    ...EMPTY_FORM,
    family: text(definition.family),
    containerName: text(container.name),
    image: text(container.image),
    cpu: Number(definition.cpu ?? EMPTY_FORM.cpu),
    memory: Number(definition.memory ?? EMPTY_FORM.memory),
    memoryReservation:
      typeof container.memoryReservation === "number" ? container.memoryReservation : null,
    portMappings: readPorts(container.portMappings, uncovered),
    environment: readEnvironment(container.environment),
    executionRoleArn: text(definition.executionRoleArn),
    taskRoleArn: text(definition.taskRoleArn),
    logging: readLogging(container.logConfiguration, uncovered),
    app: readAppTag(definition.tags),
  };
  return { values, uncovered };
}

function readPorts(value: unknown, uncovered: string[]): FormValues["portMappings"] {
  if (!Array.isArray(value)) return [];
  return (value as Json[]).map((p, i) => {
    const extra = Object.keys(p).filter(
      (k) => !["containerPort", "hostPort", "protocol"].includes(k),
    );
    if (extra.length > 0 || (p.hostPort !== undefined && p.hostPort !== p.containerPort)) {
      uncovered.push(`containerDefinitions[0].portMappings[${i}]`);
    }
    return {
      containerPort: Number(p.containerPort),
      protocol: p.protocol === "udp" ? "udp" : "tcp",
    };
  });
}

function readEnvironment(value: unknown): FormValues["environment"] {
  if (!Array.isArray(value)) return [];
  return (value as Json[]).map((v) => ({ name: text(v.name), value: text(v.value) }));
}

function readLogging(value: unknown, uncovered: string[]): FormValues["logging"] {
  const off = { ...EMPTY_FORM.logging, enabled: false };
  if (value === undefined) return off;
  const config = value as Json;
  const options = (config.options ?? {}) as Record<string, unknown>;
  const extra = Object.keys(options).filter((k) => !AWSLOGS_OPTIONS.has(k));
  if (config.logDriver !== "awslogs" || extra.length > 0 || config.secretOptions !== undefined) {
    uncovered.push("containerDefinitions[0].logConfiguration");
    return off;
  }
  return {
    enabled: true,
    group: text(options["awslogs-group"]),
    region: text(options["awslogs-region"]),
    streamPrefix: text(options["awslogs-stream-prefix"]) || "ecs",
  };
}

function readAppTag(value: unknown): string {
  if (!Array.isArray(value)) return "";
  const tag = (value as Json[]).find((t) => t.key === "slipway:app");
  return text(tag?.value);
}

const text = (value: unknown) => (typeof value === "string" ? value : "");
const sameList = (value: unknown, expected: string[]) =>
  Array.isArray(value) &&
  value.length === expected.length &&
  value.every((v, i) => v === expected[i]);
