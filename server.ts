import { createServer } from "node:http";
import { Socket } from "node:net";
import next from "next";
import { config } from "@/lib/config";
import { notFound } from "@/lib/errors";
import { TerminalServer } from "@/lib/exec/terminal-server";
import { refuseUpgrade } from "@/lib/http/upgrade";
import { log } from "@/lib/log";
import { guardUpgrade, headersOf, isLoopbackHostname } from "@/lib/security/request-guard";

// Slipway's own HTTP server in front of Next: route handlers cannot take over a socket,
// so the container terminal's WebSocket is served here. Every upgrade passes the same
// Host, Origin and token checks as an API request; the terminal's path goes to the
// terminal, any other upgrade (hot reload in development) to Next.
//
// Run as a bundle (scripts/build-server.sh), `node <distDir>/slipway-server.js [--dev]`.

const dev = process.argv.includes("--dev");
const STOP_TIMEOUT_MS = 15_000;
const UNCLAIMED_UPGRADE_MS = 5_000;
const NO_UPGRADE = notFound("Nothing serves WebSocket upgrades on this path");

async function main(): Promise<void> {
  const { host, port, token } = config();
  if (!isLoopbackHostname(host) && !token) {
    log.error("refusing to listen without SLIPWAY_TOKEN (Slipway controls Docker)", { host });
    process.exit(2);
  }

  // Next attaches its own upgrade listener to `httpServer` when it serves its first
  // request (or, without one, to the server the request came in on). Handing it a
  // server that never listens keeps ours the only listener, so no upgrade skips the
  // checks and none is answered twice; we pass Next its upgrades through that server.
  const nextUpgrades = createServer();
  const app = next({ dev, dir: process.cwd(), hostname: host, port, httpServer: nextUpgrades });
  await app.prepare();
  const handle = app.getRequestHandler();
  const terminals = new TerminalServer();

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log.error("request failed", { path: req.url, error });
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  server.on("upgrade", (req, socket, head) => {
    // Node hands an upgrade's socket over without its error listener: a client that
    // resets it must not take the server down. ws and Next add their own on takeover.
    socket.on("error", (error) => log.debug("upgrade socket failed", { error }));
    const refused = guardUpgrade(headersOf(req.headers));
    if (refused) {
      log.warn("upgrade refused", { path: req.url?.split("?")[0], code: refused.code });
      refuseUpgrade(socket, refused);
    } else if (terminals.claims(req)) {
      terminals.upgrade(req, socket, head).catch((error: unknown) => {
        log.error("terminal upgrade failed", { error });
        socket.destroy();
      });
    } else {
      // Next leaves an upgrade it has no use for open (in production, all of them): an
      // idle timer answers it. Taking a socket over (hot reload's ws) clears the timer.
      if (socket instanceof Socket) {
        socket.setTimeout(UNCLAIMED_UPGRADE_MS, () => refuseUpgrade(socket, NO_UPGRADE));
      }
      if (!nextUpgrades.emit("upgrade", req, socket, head)) refuseUpgrade(socket, NO_UPGRADE);
    }
  });
  server.listen(port, host, () => {
    log.info("slipway listening", { url: `http://${host}:${port}`, dev });
  });

  const stop = async (signal: string) => {
    log.info("slipway stopping", { signal });
    setTimeout(() => process.exit(1), STOP_TIMEOUT_MS).unref();
    // Terminals first: their processes in containers end before Slipway does.
    await terminals.closeAll();
    server.close();
    server.closeAllConnections();
    await app.close();
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop("SIGTERM"));
  process.once("SIGINT", () => void stop("SIGINT"));
}

main().catch((error: unknown) => {
  log.error("slipway failed to start", { error, stack: (error as Error)?.stack });
  process.exit(1);
});
