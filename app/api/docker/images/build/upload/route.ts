import { runBuild } from "@/lib/build/run-build";
import { uploadBuildQuerySchema } from "@/lib/build/schema";
import { readUploadedContext } from "@/lib/build/upload";
import { pingEngine } from "@/lib/docker/ping";
import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";
import { ndjson } from "@/lib/http/streams";

export const dynamic = "force-dynamic";

/** POST /api/docker/images/build/upload: builds from a tar or zip sent as the body. */
export const POST = route({ query: uploadBuildQuerySchema }, async ({ query, req }) => {
  await pingEngine();
  const source = await readUploadedContext(req, query.dockerfile);
  return ndjson(req, (signal) => runBuild(source, query, signal));
});

export const { GET, PUT, PATCH, DELETE, HEAD } = otherMethods("POST");
