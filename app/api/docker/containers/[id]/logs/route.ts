import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";
import { sse } from "@/lib/http/streams";
import { getLogTargetOrThrow, presentLine, readLogLines } from "@/lib/logs/container-logs";
import { followLogs } from "@/lib/logs/follow";
import { containerParams, logQuery } from "@/lib/logs/options";

export const dynamic = "force-dynamic";

/**
 * GET /api/docker/containers/{id}/logs: the last lines of a container's log as JSON
 * `[{stream, time?, text}]`; with follow=true, the same objects as Server-Sent Events,
 * plus `status` events when the container stops, starts again or is removed.
 */
export const GET = route(
  { params: containerParams, query: logQuery },
  async ({ params, query, req }) => {
    const target = await getLogTargetOrThrow(params.id);
    const range = { tail: query.tail, since: query.since };
    if (!query.follow) {
      const lines = await readLogLines(target, range, req.signal);
      return lines.map((line) => presentLine(line, query.timestamps));
    }
    return sse(req, async function* (signal) {
      for await (const item of followLogs(target, range, signal)) {
        if ("line" in item) yield { data: presentLine(item.line, query.timestamps) };
        else yield { event: "status", data: item.status };
      }
    });
  },
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
