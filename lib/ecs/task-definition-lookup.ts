import "server-only";
import { DescribeTaskDefinitionCommand, type TaskDefinition } from "@aws-sdk/client-ecs";
import type { AwsClients } from "@/lib/aws/clients";
import { fromAwsError } from "@/lib/aws/errors";
import { mapLimited } from "@/lib/aws/paging";
import type { TaskDefinitionFacts } from "@/lib/ecs/service-rules";
import { taskDefinitionNameOf } from "@/lib/ecs/service-schemas";
import { invalidInput } from "@/lib/errors";

/**
 * A task definition named in a request. ECS answers an unknown one with a bare
 * ClientException ("Unable to describe task definition"); this names the field.
 */
export async function taskDefinitionForField(
  aws: AwsClients,
  ref: string,
  field: string,
): Promise<TaskDefinition> {
  try {
    const answer = await aws.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: ref }));
    if (answer.taskDefinition) return answer.taskDefinition;
  } catch (error) {
    const translated = fromAwsError(error);
    if (translated?.code !== "not_found" && translated?.code !== "invalid_input") throw error;
    throw invalidInput(`${field}: task definition ${ref} was not found (${translated.message})`);
  }
  throw invalidInput(`${field}: task definition ${ref} was not found`);
}

export function taskDefinitionFacts(taskDefinition: TaskDefinition): TaskDefinitionFacts {
  return {
    name: taskDefinitionNameOf(taskDefinition.taskDefinitionArn ?? taskDefinition.family ?? ""),
    networkMode: taskDefinition.networkMode,
    compatibilities: taskDefinition.compatibilities,
    status: taskDefinition.status,
  };
}

/**
 * The task definitions behind a set of tasks, by ARN. One that can no longer be
 * described (deleted since) is left out: its tasks then show no port mappings.
 */
export async function taskDefinitionsByArn(
  aws: AwsClients,
  arns: readonly string[],
): Promise<Map<string, TaskDefinition>> {
  const unique = [...new Set(arns.filter(Boolean))];
  const found = await mapLimited(unique, 4, async (taskDefinition) => {
    try {
      const answer = await aws.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition }));
      return answer.taskDefinition;
    } catch (error) {
      const code = fromAwsError(error)?.code;
      if (code === "not_found" || code === "invalid_input") return undefined;
      throw error;
    }
  });
  const byArn = new Map<string, TaskDefinition>();
  unique.forEach((arn, index) => {
    const definition = found[index];
    if (definition) byArn.set(arn, definition);
  });
  return byArn;
}
