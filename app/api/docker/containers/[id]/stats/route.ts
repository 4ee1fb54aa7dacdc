import { getDocker } from "@/lib/docker/client";
import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";
import { sse } from "@/lib/http/streams";
import { containerParams } from "@/lib/logs/options";
import { followContainerStats } from "@/lib/stats/follow";

export const dynamic = "force-dynamic";

/**
 * GET /api/docker/containers/{id}/stats: a container's resource use as Server-Sent
 * Events, one sample about every second, from an engine stream shared with every
 * other watcher; `end` or `failure` when the container goes or the engine breaks.
 */
export const GET = route({ params: containerParams }, async ({ params, req }) => {
  // An unknown container is a 404 before the stream starts; the full id keys the hub.
  const { Id } = await getDocker().getContainer(params.id).inspect();
  return sse(req, (signal) => followContainerStats(Id, signal));
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
