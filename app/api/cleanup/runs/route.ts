import { listRuns, startRun } from "@/lib/cleanup/runs";
import { runRequest } from "@/lib/cleanup/schemas";
import { otherMethods } from "@/lib/http/methods";
import { json } from "@/lib/http/responses";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** GET /api/cleanup/runs: the 20 newest cleanup runs. */
export const GET = route({}, () => listRuns());

/** POST /api/cleanup/runs: removes the ticked items of a plan, as a flow; answers its id. */
export const POST = route({ body: runRequest }, async ({ body }) => {
  const flow = await startRun(body);
  return json({ id: flow.id }, 201);
});

export const { PUT, PATCH, DELETE } = otherMethods("GET", "POST");
