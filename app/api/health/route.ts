import { route } from "@/lib/http/route";
import { health } from "@/lib/system/health";

export const dynamic = "force-dynamic";

/** GET /api/health: the Docker engine in use and whether it answers. */
export const GET = route({}, () => health());
