import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";
import { checkRegistryLogin } from "@/lib/registries/login";
import { saveRegistrySchema } from "@/lib/registries/schemas";
import { listRegistries, saveRegistry } from "@/lib/registries/store";

export const dynamic = "force-dynamic";

/** GET /api/docker/registries: saved servers and usernames; never a password. */
export const GET = route({}, () => listRegistries());

/**
 * POST /api/docker/registries: logs in to the registry with `{server, username, password}`,
 * then saves them (replacing that server's); a refused login saves nothing.
 */
export const POST = route({ body: saveRegistrySchema }, async ({ body }) => {
  await checkRegistryLogin(body);
  return saveRegistry(body);
});

export const { PUT, PATCH, DELETE } = otherMethods("GET", "POST");
