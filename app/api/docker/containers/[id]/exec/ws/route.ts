import { invalidInput } from "@/lib/errors";
import { terminalParams } from "@/lib/exec/protocol";
import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/**
 * GET /api/docker/containers/{id}/exec/ws without an Upgrade: says what the path is.
 * The WebSocket itself is served by Slipway's own server (server.ts), which route
 * handlers cannot be; under plain `next dev` an upgrade here is closed at once.
 */
export const GET = route({ params: terminalParams }, async () => {
  throw invalidInput(
    "This path is the container terminal's WebSocket: open it with a WebSocket upgrade. " +
      "Slipway's own server serves it (npm start, npm run dev); plain `next dev` does not.",
  );
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
