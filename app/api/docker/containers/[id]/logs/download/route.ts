import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";
import { getLogTargetOrThrow } from "@/lib/logs/container-logs";
import { logDownload } from "@/lib/logs/download";
import { containerParams, downloadQuery } from "@/lib/logs/options";

export const dynamic = "force-dynamic";

/** GET /api/docker/containers/{id}/logs/download: the whole log as a text file, streamed. */
export const GET = route(
  { params: containerParams, query: downloadQuery },
  async ({ params, query, req }) =>
    logDownload(req, await getLogTargetOrThrow(params.id), query.timestamps),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
