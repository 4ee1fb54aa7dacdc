import "server-only";
import { invalidInput } from "@/lib/errors";
import { json } from "@/lib/http/responses";
import { route } from "@/lib/http/route";

// Next answers a method a route file does not export with an empty 405, which a client
// reading the API's JSON cannot read. Every route file therefore exports the methods it
// does not serve through otherMethods(), each answering 405 with the one error shape
// and the Allow header. OPTIONS stays Next's (204 with Allow).

const SERVABLE = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Servable = (typeof SERVABLE)[number];
/** HEAD comes with GET (Next answers it from GET); without GET it is refused too. */
type Unserved<S extends Servable> = Exclude<Servable, S> | ("GET" extends S ? never : "HEAD");
type RouteHandler = ReturnType<typeof route>;

/**
 * Handlers for every method but `served`, to export from a route file:
 * `export const { PUT, PATCH, DELETE } = otherMethods("GET", "POST");`
 */
export function otherMethods<const S extends readonly Servable[]>(
  ...served: S
): Record<Unserved<S[number]>, RouteHandler> {
  const allow = allowHeader(served);
  const refuse = route({}, async ({ req }) => {
    const path = new URL(req.url).pathname;
    const error = invalidInput(
      `Method ${req.method} is not allowed on ${path}: it answers ${allow}`,
    );
    return json({ error: error.toJSON() }, 405, { Allow: allow });
  });
  const unserved = [...SERVABLE.filter((m) => !served.includes(m))] as string[];
  if (!served.includes("GET")) unserved.push("HEAD");
  return Object.fromEntries(unserved.map((m) => [m, refuse])) as Record<
    Unserved<S[number]>,
    RouteHandler
  >;
}

/** The Allow header: what the file serves, HEAD with GET, and Next's OPTIONS. */
export function allowHeader(served: readonly Servable[]): string {
  const methods = new Set<string>([...served, "OPTIONS"]);
  if (methods.has("GET")) methods.add("HEAD");
  return [...methods].sort().join(", ");
}
