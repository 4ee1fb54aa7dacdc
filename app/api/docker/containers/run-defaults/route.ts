import { getRunDefaults } from "@/lib/containers/run-defaults";
import { runDefaultsQuery } from "@/lib/containers/schemas";
import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** GET /api/docker/containers/run-defaults?image=: what the run dialog offers for an image. */
export const GET = route({ query: runDefaultsQuery }, async ({ query }) =>
  getRunDefaults(query.image),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
