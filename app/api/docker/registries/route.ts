import { route } from "@/lib/http/route";
import { saveRegistrySchema } from "@/lib/registries/schemas";
import { listRegistries, saveRegistry } from "@/lib/registries/store";

export const dynamic = "force-dynamic";

/** GET /api/docker/registries: saved servers and usernames; never a password. */
export const GET = route({}, () => listRegistries());

/** POST /api/docker/registries: saves `{server, username, password}` (replaces that server's). */
export const POST = route({ body: saveRegistrySchema }, ({ body }) => saveRegistry(body));
