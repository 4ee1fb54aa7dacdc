import type { EcsLogSource } from "@/lib/ecs-logs/types";

// Which CloudWatch stream a task's container logs to (case E5). The awslogs driver
// names it `<stream prefix>/<container name>/<task id>` in the group and region of
// its options; without a prefix it uses the container's Docker id. Other drivers
// are named for what they are, not treated as errors. Pure.

export interface LogConfiguration {
  logDriver?: string;
  options?: Record<string, string>;
}

export interface ContainerOfTask {
  taskArn: string;
  container: string;
  logConfiguration?: LogConfiguration | undefined;
  /** The container's Docker id, which ECS reports as `runtimeId` once it runs. */
  runtimeId?: string | undefined;
  /** The region Slipway works in, for a task ARN that does not say. */
  defaultRegion: string | null;
}

/** The id at the end of a task ARN (`.../task/<cluster>/<id>`), or the id itself. */
export function taskIdOf(taskArn: string): string {
  return taskArn.slice(taskArn.lastIndexOf("/") + 1);
}

export function regionOfArn(arn: string): string | null {
  const parts = arn.split(":");
  return parts[0] === "arn" && parts[3] ? parts[3] : null;
}

const DRIVER_NAMES: Record<string, string> = {
  awsfirelens: "FireLens (awsfirelens)",
  splunk: "Splunk",
  fluentd: "Fluentd",
  gelf: "GELF",
  syslog: "syslog",
  journald: "journald",
  "json-file": "json-file",
};

export function containerLogSource(input: ContainerOfTask): EcsLogSource {
  const taskId = taskIdOf(input.taskArn);
  const base = { taskId, container: input.container, group: null, region: null, stream: null };
  const config = input.logConfiguration;
  if (!config?.logDriver) {
    return {
      ...base,
      state: "off",
      driver: null,
      message: "No log configuration: this container's output is not sent anywhere",
    };
  }
  if (config.logDriver === "none") {
    return { ...base, state: "off", driver: "none", message: "Logging is off (log driver none)" };
  }
  if (config.logDriver !== "awslogs") {
    const name = DRIVER_NAMES[config.logDriver] ?? config.logDriver;
    return {
      ...base,
      state: "elsewhere",
      driver: config.logDriver,
      message: `Logs through ${name}, not to a CloudWatch stream: see where that driver sends them`,
    };
  }

  const options = config.options ?? {};
  const group = options["awslogs-group"] ?? null;
  const region = options["awslogs-region"] ?? regionOfArn(input.taskArn) ?? input.defaultRegion;
  const prefix = options["awslogs-stream-prefix"];
  const stream = prefix ? `${prefix}/${input.container}/${taskId}` : (input.runtimeId ?? null);
  if (!group || !stream) {
    return {
      ...base,
      state: "unnamed",
      driver: "awslogs",
      group,
      region,
      message: group
        ? "awslogs without a stream prefix: the stream is named by the container's id, " +
          "which ECS has not reported yet"
        : "awslogs without awslogs-group: no CloudWatch group is named",
    };
  }
  return {
    ...base,
    state: "ok",
    driver: "awslogs",
    group,
    region,
    stream,
    message: `CloudWatch stream ${stream} in ${group} (${region})`,
  };
}

export function noLogsYet(source: EcsLogSource, groupMissing: boolean): EcsLogSource {
  const message = groupMissing
    ? `No logs yet: the log group ${source.group} does not exist in ${source.region} yet`
    : `No logs yet: the stream ${source.stream} does not exist in ${source.group} yet`;
  return { ...source, state: "no-logs-yet", message };
}

export function logsFound(source: EcsLogSource): EcsLogSource {
  const message = `CloudWatch stream ${source.stream} in ${source.group} (${source.region})`;
  return { ...source, state: "ok", message };
}
