import { z } from "zod";
import { dropDockerClient } from "@/lib/docker/client";
import { engineId } from "@/lib/engines/address";
import { pingEngine, toEngineView } from "@/lib/engines/list";
import { currentEngine, engineById } from "@/lib/engines/scope";
import { removeEngine } from "@/lib/engines/store";
import { invalidInput, notFound } from "@/lib/errors";
import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const params = z.object({ id: engineId });

/** GET /api/docker/engines/{id}: one engine and whether it answers now (a connection test). */
export const GET = route({ params }, async ({ params }) => {
  const engine = await engineById(params.id);
  if (!engine) throw notFound(`No engine has the id ${params.id}`);
  return { ...toEngineView(engine, currentEngine().id), ...(await pingEngine(engine)) };
});

/** DELETE /api/docker/engines/{id}: forgets a saved engine; the local one stays. */
export const DELETE = route({ params }, async ({ params }) => {
  if (params.id === "local")
    throw invalidInput("The local engine is built in: it cannot be removed");
  await removeEngine(params.id);
  dropDockerClient(params.id);
  return { ok: true };
});

export const { POST, PUT, PATCH } = otherMethods("GET", "DELETE");
