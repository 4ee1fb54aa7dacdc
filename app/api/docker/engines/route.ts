import { z } from "zod";
import { engineInput } from "@/lib/engines/address";
import { listEngines, pingEngine, toEngineView } from "@/lib/engines/list";
import { currentEngine, engineById, localEngine } from "@/lib/engines/scope";
import { addEngine } from "@/lib/engines/store";
import { AppError } from "@/lib/errors";
import { otherMethods } from "@/lib/http/methods";
import { json } from "@/lib/http/responses";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const listQuery = z.object({ ping: z.enum(["0", "1"]).default("1") }).loose();

/** GET /api/docker/engines: every engine, whether it answers (`?ping=0` skips), which is active. */
export const GET = route({ query: listQuery }, ({ query }) =>
  listEngines({ ping: query.ping === "1" }),
);

/**
 * POST /api/docker/engines: saves `{name, address, tls?: {ca, cert, key}}`; 201 with its
 * view; 409 when an engine (the local one too) already has the address.
 */
export const POST = route({ body: engineInput }, async ({ body }) => {
  const saved = await addEngine(body, [localEngine()]);
  const engine = await engineById(saved.id);
  if (!engine)
    throw new AppError("internal", `The engine ${saved.id} was saved but cannot be read back`);
  const view = toEngineView(engine, currentEngine().id);
  return json({ ...view, ...(await pingEngine(engine)) }, 201);
});

export const { PUT, PATCH, DELETE } = otherMethods("GET", "POST");
