import { z } from "zod";
import { engineId } from "@/lib/engines/address";
import { toEngineView } from "@/lib/engines/list";
import { engineById, engineCookie } from "@/lib/engines/scope";
import { notFound } from "@/lib/errors";
import { otherMethods } from "@/lib/http/methods";
import { json } from "@/lib/http/responses";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** POST /api/docker/engines/active: `{id}` becomes this browser's engine (a cookie). */
export const POST = route({ body: z.object({ id: engineId }) }, async ({ body }) => {
  const engine = await engineById(body.id);
  if (!engine) throw notFound(`No engine has the id ${body.id}`);
  return json(toEngineView(engine, engine.id), 200, { "Set-Cookie": engineCookie(engine.id) });
});

export const { GET, PUT, PATCH, DELETE, HEAD } = otherMethods("POST");
