import { z } from "zod";
import {
  cpuUnits,
  FARGATE_CPU,
  fargatePairProblem,
  isFargateCpu,
  memoryMiB,
} from "@/lib/ecs/task-definitions/fargate";
import { containerName, familyName } from "@/lib/ecs/task-definitions/names";

// What a cleaned-up, pasted task definition must hold before it goes to ECS: the
// names by ECS's rules, at least one container with an image, and for Fargate a
// CPU and memory pair Fargate runs. Everything else is ECS's to judge. Pure.

const container = z.looseObject({
  name: containerName,
  image: z.string().min(1, { error: "image must not be empty", abort: true }),
});

const size = z.union([z.string(), z.number()]).transform(String);

export const registerableDefinition = z
  .looseObject({
    family: familyName,
    containerDefinitions: z.array(container).min(1, "at least one container is needed"),
    cpu: size.optional(),
    memory: size.optional(),
    requiresCompatibilities: z.array(z.string()).optional(),
    tags: z.array(z.object({ key: z.string().min(1), value: z.string().default("") })).optional(),
  })
  .superRefine((definition, ctx) => {
    if (!definition.requiresCompatibilities?.includes("FARGATE")) return;
    if (definition.cpu === undefined || definition.memory === undefined) {
      ctx.addIssue({ code: "custom", path: ["cpu"], message: "Fargate needs task cpu and memory" });
      return;
    }
    const cpu = cpuUnits(definition.cpu);
    // A CPU Fargate does not offer is the cpu field's fault, told with the value as pasted
    // (a long number would come back rounded).
    if (cpu !== null && !isFargateCpu(cpu)) {
      const message = `CPU ${definition.cpu} is not offered on Fargate; valid CPU units: ${FARGATE_CPU.join(", ")}`;
      ctx.addIssue({ code: "custom", path: ["cpu"], message });
      return;
    }
    const memory = memoryMiB(definition.memory);
    if (cpu === null || memory === null) return;
    const problem = fargatePairProblem(cpu, memory);
    if (problem) ctx.addIssue({ code: "custom", path: ["memory"], message: problem });
  });

export type RegisterableDefinition = z.infer<typeof registerableDefinition>;

export interface AwslogsGroup {
  group: string;
  region: string | null;
}

/** The awslogs groups the containers write to, each once. */
export function awslogsGroups(definition: RegisterableDefinition): AwslogsGroup[] {
  const groups = new Map<string, AwslogsGroup>();
  for (const c of definition.containerDefinitions) {
    const config = c.logConfiguration as
      | { logDriver?: string; options?: Record<string, string> }
      | undefined;
    const group = config?.options?.["awslogs-group"];
    if (config?.logDriver !== "awslogs" || !group) continue;
    const region = config.options?.["awslogs-region"] ?? null;
    groups.set(`${region}\n${group}`, { group, region });
  }
  return [...groups.values()];
}
