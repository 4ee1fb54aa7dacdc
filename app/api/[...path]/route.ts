import { notFound } from "@/lib/errors";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// Any /api path no route serves answers the API's own error shape, not Next's HTML
// 404 page, so that a client reading JSON learns what went wrong. The request checks
// (Host, Origin, token) apply as everywhere else.
const unknownRoute = route({}, async ({ req }) => {
  throw notFound(`No API route ${req.method} ${new URL(req.url).pathname}`);
});

/** Every method of an /api path that no route serves: 404 not_found. */
export const GET = unknownRoute;
export const HEAD = unknownRoute;
export const POST = unknownRoute;
export const PUT = unknownRoute;
export const PATCH = unknownRoute;
export const DELETE = unknownRoute;
export const OPTIONS = unknownRoute;
