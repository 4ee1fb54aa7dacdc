import "server-only";
import {
  type CloudWatchLogsClient,
  DescribeLogStreamsCommand,
  FilterLogEventsCommand,
  GetLogEventsCommand,
} from "@aws-sdk/client-cloudwatch-logs";
import { type AwsClients, awsClients } from "@/lib/aws/clients";
import { observeThrottling, type ThrottleNotice } from "@/lib/aws/throttle";
import type { FilterPage } from "@/lib/ecs-logs/filter";
import type { GetPage } from "@/lib/ecs-logs/reader";
import type { EcsLogSource } from "@/lib/ecs-logs/types";

// The CloudWatch Logs calls the readers make, bound to one region, one group and
// one or more streams. A group or stream that does not exist yet answers null
// ("no logs yet"), not an error.

/** Streams of one group read together: FilterLogEvents takes at most 100 names. */
export interface Channel {
  region: string;
  group: string;
  streams: string[];
}

export const STREAMS_PER_CALL = 100;

export type StreamCheck = "exists" | "no-stream" | "no-group";

const isMissing = (error: unknown) => (error as Error)?.name === "ResourceNotFoundException";

export function logsIn(aws: AwsClients, region: string | null): CloudWatchLogsClient {
  if (!region || region === aws.context.region) return aws.logs;
  return awsClients({ ...aws.context, region }).logs;
}

export function cloudWatchCalls(
  aws: AwsClients,
  signal: AbortSignal,
  onThrottle: (notice: ThrottleNotice) => void = () => undefined,
) {
  const call = <T>(work: () => Promise<T>) => observeThrottling(onThrottle, work);

  const pages = (source: EcsLogSource): GetPage => {
    const logs = logsIn(aws, source.region);
    return async (request) => {
      try {
        const answer = await call(() =>
          logs.send(
            new GetLogEventsCommand({
              logGroupName: source.group ?? "",
              logStreamName: source.stream ?? "",
              ...request,
            }),
            { abortSignal: signal },
          ),
        );
        return {
          events: (answer.events ?? []).map((e) => ({
            timestamp: e.timestamp ?? 0,
            message: e.message ?? "",
          })),
          nextForwardToken: answer.nextForwardToken,
          nextBackwardToken: answer.nextBackwardToken,
        };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    };
  };

  const filter = (channel: Channel): FilterPage => {
    const logs = logsIn(aws, channel.region);
    return async (request) => {
      // No stream of the channel exists yet: nothing to ask CloudWatch.
      if (channel.streams.length === 0) return { events: [] };
      try {
        const answer = await call(() =>
          logs.send(
            new FilterLogEventsCommand({
              logGroupName: channel.group,
              logStreamNames: channel.streams,
              interleaved: true,
              ...request,
            }),
            { abortSignal: signal },
          ),
        );
        return {
          events: (answer.events ?? []).map((e) => ({
            eventId: e.eventId ?? `${e.logStreamName}:${e.timestamp}:${e.message}`,
            logStreamName: e.logStreamName ?? "",
            timestamp: e.timestamp ?? 0,
            message: e.message ?? "",
          })),
          nextToken: answer.nextToken,
        };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    };
  };

  /** Whether a source's stream exists. FilterLogEvents refuses names that do not. */
  const check = async (source: EcsLogSource): Promise<StreamCheck> => {
    const logs = logsIn(aws, source.region);
    try {
      const answer = await call(() =>
        logs.send(
          new DescribeLogStreamsCommand({
            logGroupName: source.group ?? "",
            logStreamNamePrefix: source.stream ?? "",
            limit: 5,
          }),
          { abortSignal: signal },
        ),
      );
      const found = answer.logStreams?.some((s) => s.logStreamName === source.stream);
      return found ? "exists" : "no-stream";
    } catch (error) {
      if (isMissing(error)) return "no-group";
      throw error;
    }
  };

  return { pages, filter, check };
}

export type CloudWatchCalls = ReturnType<typeof cloudWatchCalls>;

/** The sources' streams by region and group, at most 100 to a channel. */
export function channelsOf(sources: readonly EcsLogSource[]): Channel[] {
  const byGroup = new Map<string, Channel>();
  for (const s of sources) {
    if (s.state !== "ok" || !s.group || !s.stream) continue;
    const key = `${s.region}\n${s.group}`;
    const channel = byGroup.get(key) ?? { region: s.region ?? "", group: s.group, streams: [] };
    channel.streams.push(s.stream);
    byGroup.set(key, channel);
  }
  const channels: Channel[] = [];
  for (const channel of byGroup.values()) {
    const streams = [...new Set(channel.streams)];
    for (let i = 0; i < streams.length; i += STREAMS_PER_CALL) {
      channels.push({ ...channel, streams: streams.slice(i, i + STREAMS_PER_CALL) });
    }
  }
  return channels;
}
