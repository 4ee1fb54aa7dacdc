// What the engine says when a registry cannot be reached or refuses credentials, in
// pulls and pushes alike (Docker 20.10's texts, seen against docker-registry). Pure.

const UNREACHABLE = new RegExp(
  [
    "connection refused",
    "no such host",
    "i/o timeout",
    "network is unreachable",
    "no route to host",
    "connection reset",
    "server gave HTTP response to HTTPS client",
    "TLS handshake timeout",
    "dial tcp",
  ].join("|"),
  "i",
);

export const NO_CREDENTIALS = /no basic auth credentials/i;
export const UNAUTHORIZED = /unauthorized|authentication required|incorrect username or password/i;

/** "Cannot reach registry r: <cause> (engine: ...)" when the text says so, else null. */
export function unreachableMessage(text: string, registry: string): string | null {
  if (!UNREACHABLE.test(text)) return null;
  const cause = /connect: ([^"]+)$/.exec(text)?.[1]?.trim();
  return `Cannot reach registry ${registry}${cause ? `: ${cause}` : ""} (engine: ${text})`;
}
