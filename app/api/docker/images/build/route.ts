import { packFolderContext } from "@/lib/build/context";
import { readFolderContext } from "@/lib/build/folder";
import { runBuild } from "@/lib/build/run-build";
import { folderBuildSchema } from "@/lib/build/schema";
import { pingEngine } from "@/lib/docker/ping";
import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";
import { ndjson } from "@/lib/http/streams";

export const dynamic = "force-dynamic";

/** POST /api/docker/images/build: builds from a folder on this machine, streamed as NDJSON. */
export const POST = route({ body: folderBuildSchema }, async ({ body, req }) => {
  await pingEngine();
  const context = await readFolderContext(body.context, body.dockerfile, body.target);
  return ndjson(req, (signal) =>
    runBuild({ tar: packFolderContext(context), size: context.tarSize }, body, signal),
  );
});

export const { GET, PUT, PATCH, DELETE, HEAD } = otherMethods("POST");
