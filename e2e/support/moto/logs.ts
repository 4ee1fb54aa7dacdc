// Log events where the awslogs driver would write them (TESTING.md: the harness
// plays what AWS does and moto does not). moto drops events older than 14 days or
// more than 2 hours ahead, so events are stamped just before now.
import {
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  DeleteLogGroupCommand,
  PutLogEventsCommand,
} from "@aws-sdk/client-cloudwatch-logs";
import { moto, quietly } from "../moto";

export interface AwslogsTarget {
  group: string;
  /** `awslogs-stream-prefix`. */
  prefix: string;
  container: string;
  /** A task ARN or id: the stream ends with the id. */
  task: string;
}

/** The stream awslogs writes a task's container to: `<prefix>/<container>/<task id>`. */
export function awslogsStream(target: AwslogsTarget): string {
  const taskId = target.task.slice(target.task.lastIndexOf("/") + 1);
  return `${target.prefix}/${target.container}/${taskId}`;
}

/** Writes `messages` as the container's output, in order, stamped the last moments before now. */
export async function writeAwslogsEvents(target: AwslogsTarget, messages: string[]): Promise<void> {
  const stream = awslogsStream(target);
  await ignoreExisting(() =>
    moto.logs.send(new CreateLogGroupCommand({ logGroupName: target.group })),
  );
  await ignoreExisting(() =>
    moto.logs.send(
      new CreateLogStreamCommand({ logGroupName: target.group, logStreamName: stream }),
    ),
  );
  const now = Date.now();
  await moto.logs.send(
    new PutLogEventsCommand({
      logGroupName: target.group,
      logStreamName: stream,
      logEvents: messages.map((message, i) => ({
        timestamp: now - (messages.length - i),
        message,
      })),
    }),
  );
}

export async function removeLogGroup(group: string): Promise<void> {
  await quietly(() => moto.logs.send(new DeleteLogGroupCommand({ logGroupName: group })));
}

async function ignoreExisting(create: () => Promise<unknown>): Promise<void> {
  try {
    await create();
  } catch (error) {
    if ((error as Error).name !== "ResourceAlreadyExistsException") throw error;
  }
}
