import "server-only";
import { CreateLogGroupCommand } from "@aws-sdk/client-cloudwatch-logs";
import {
  RegisterTaskDefinitionCommand,
  type RegisterTaskDefinitionCommandInput,
} from "@aws-sdk/client-ecs";
import { type AwsClients, awsClients } from "@/lib/aws/clients";
import { fromAwsError } from "@/lib/aws/errors";
import { APP_TAG, ecsTags, slipwayTags } from "@/lib/aws/tags";
import { cleanPastedDefinition, type DroppedKey } from "@/lib/ecs/task-definitions/clean-up";
import { formToDefinition } from "@/lib/ecs/task-definitions/form";
import { type RevisionDetail, toRevisionDetail } from "@/lib/ecs/task-definitions/mappers";
import {
  type AwslogsGroup,
  awslogsGroups,
  type RegisterableDefinition,
  registerableDefinition,
} from "@/lib/ecs/task-definitions/registerable";
import type { RegisterRequest } from "@/lib/ecs/task-definitions/schemas";
import { AppError, invalidInput } from "@/lib/errors";
import { log } from "@/lib/log";

export interface LogGroupOutcome {
  group: string;
  region: string;
  created: boolean;
}

export interface Registered {
  taskDefinition: RevisionDetail;
  /** Keys the clean-up dropped from pasted JSON; empty for the form. */
  dropped: DroppedKey[];
  logGroups: LogGroupOutcome[];
}

/**
 * Registers a new revision, tagged for its app. The awslogs groups its containers
 * name are created first when missing (tagged too): unless told to
 * (`awslogs-create-group`), the driver does not create them, and a task whose group
 * is missing never starts.
 */
export async function registerTaskDefinition(
  aws: AwsClients,
  input: { definition: Record<string, unknown>; app?: string; dropped?: DroppedKey[] },
): Promise<Registered> {
  const definition = checked(input.definition);
  const app = input.app ?? existingApp(definition) ?? definition.family;

  const logGroups: LogGroupOutcome[] = [];
  for (const group of awslogsGroups(definition)) {
    logGroups.push(await ensureLogGroup(aws, group, app));
  }

  const tags = [...(definition.tags ?? []).filter((t) => !t.key.startsWith("slipway:"))];
  tags.push(...ecsTags(app));
  const answer = await aws.ecs.send(
    // Checked for what Slipway relies on; the rest of the shape is ECS's to judge.
    new RegisterTaskDefinitionCommand({
      ...definition,
      tags,
    } as unknown as RegisterTaskDefinitionCommandInput),
  );
  const registered = answer.taskDefinition ?? {};
  log.info("task definition registered", {
    taskDefinition: `${registered.family}:${registered.revision}`,
    region: aws.context.region,
  });
  return {
    taskDefinition: toRevisionDetail(registered, answer.tags ?? tags),
    dropped: input.dropped ?? [],
    logGroups,
  };
}

function checked(definition: Record<string, unknown>): RegisterableDefinition {
  const result = registerableDefinition.safeParse(definition);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  throw invalidInput(`Invalid body: ${problems.join("; ")}`, { issues: result.error.issues });
}

function existingApp(definition: RegisterableDefinition): string | undefined {
  return definition.tags?.find((t) => t.key === APP_TAG)?.value || undefined;
}

async function ensureLogGroup(
  aws: AwsClients,
  { group, region }: AwslogsGroup,
  app: string,
): Promise<LogGroupOutcome> {
  const where = region ?? aws.context.region ?? "";
  const logs =
    where === aws.context.region ? aws.logs : awsClients({ ...aws.context, region: where }).logs;
  try {
    await logs.send(new CreateLogGroupCommand({ logGroupName: group, tags: slipwayTags(app) }));
    log.info("log group created", { group, region: where });
    return { group, region: where, created: true };
  } catch (error) {
    if ((error as Error).name === "ResourceAlreadyExistsException") {
      return { group, region: where, created: false };
    }
    const reason = fromAwsError(error);
    if (!reason) throw error;
    throw new AppError(
      reason.code,
      `Cannot create the log group ${group} in ${where} for awslogs (${reason.message}). ` +
        "Create it yourself, or register without awslogs logging.",
    );
  }
}

/** Registers what a request to `POST /api/ecs/task-definitions` holds. */
export async function registerFromRequest(aws: AwsClients, request: RegisterRequest) {
  if (request.kind === "form") {
    const definition = formToDefinition(request.form, aws.context.region);
    return registerTaskDefinition(aws, { definition, app: request.form.app });
  }
  const { definition, dropped } = cleanPastedDefinition(request.pasted);
  return registerTaskDefinition(aws, { definition, app: request.app, dropped });
}
