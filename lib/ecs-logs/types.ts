// What the ECS log routes answer. Pure: the log viewer reads the same shapes.

/**
 * Where one container of one task logs:
 * - `ok`: a CloudWatch stream that exists;
 * - `no-logs-yet`: awslogs, but its stream (or group) does not exist yet;
 * - `elsewhere`: another log driver (FireLens, splunk...), not a CloudWatch stream;
 * - `off`: log driver `none`, or no log configuration at all;
 * - `unnamed`: awslogs without a stream prefix, whose stream ECS has not named.
 */
export type SourceState = "ok" | "no-logs-yet" | "elsewhere" | "off" | "unnamed";

export interface EcsLogSource {
  taskId: string;
  container: string;
  state: SourceState;
  group: string | null;
  region: string | null;
  stream: string | null;
  driver: string | null;
  /** The state in words, for the page. */
  message: string;
}

export interface EcsLogLine {
  /** ISO 8601, milliseconds. */
  time: string;
  timestamp: number;
  text: string;
  taskId: string;
  container: string;
}

export interface EcsLogsAnswer {
  sources: EcsLogSource[];
  /** How many tasks the sources come from. */
  tasks: number;
  lines: EcsLogLine[];
  /** More lines were in the range than the limit let through: the newest are kept. */
  truncated: boolean;
  since: string;
  until: string | null;
}

/** A note on the follow: throttled and retrying, and the like. */
export interface EcsLogNotice {
  message: string;
}
