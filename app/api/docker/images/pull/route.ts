import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";
import { ndjson } from "@/lib/http/streams";
import { runPull } from "@/lib/pull/run-pull";
import { pullSchema } from "@/lib/pull/schema";

export const dynamic = "force-dynamic";

/** POST /api/docker/images/pull: pulls `{reference}` with saved credentials, as NDJSON. */
export const POST = route({ body: pullSchema }, async ({ body, req }) =>
  ndjson(req, (signal) => runPull(body.reference, signal)),
);

export const { GET, PUT, PATCH, DELETE, HEAD } = otherMethods("POST");
