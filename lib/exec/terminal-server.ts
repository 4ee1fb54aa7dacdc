import "server-only";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer } from "ws";
import { type ActiveEngine, engineOfRequest, withEngine } from "@/lib/engines/scope";
import { AppError, invalidInput } from "@/lib/errors";
import { stopUnpauseWaits } from "@/lib/exec/after-unpause";
import type { TerminalRequest } from "@/lib/exec/open-exec";
import { TERMINAL_PATH, terminalParams, terminalQuery } from "@/lib/exec/protocol";
import { TerminalSession } from "@/lib/exec/session";
import { refuseUpgrade } from "@/lib/http/upgrade";
import { log } from "@/lib/log";
import { headersOf } from "@/lib/security/request-guard";

// The terminal's WebSocket endpoint, run by Slipway's own server (server.ts): route
// handlers cannot take over a socket. The server has checked Host, Origin and token
// before an upgrade reaches this; here its path and query are parsed like a route's.

export class TerminalServer {
  private readonly wss = new WebSocketServer({
    noServer: true,
    perMessageDeflate: false,
    maxPayload: 1 << 20,
  });
  private readonly sessions = new Set<TerminalSession>();

  claims(req: IncomingMessage): boolean {
    return TERMINAL_PATH.test(urlOf(req).pathname);
  }

  async upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    let request: TerminalRequest;
    let engine: ActiveEngine;
    try {
      request = parseTerminalRequest(urlOf(req));
      engine = await engineOfRequest(urlOf(req), headersOf(req.headers));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      log.warn("terminal upgrade refused", { path: urlOf(req).pathname, code: error.code });
      refuseUpgrade(socket, error);
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      // The session and every engine call it makes work on the request's engine.
      const session = withEngine(engine, () => new TerminalSession(ws, request));
      this.sessions.add(session);
      ws.once("close", () => {
        void session.end("the terminal was closed", null).finally(() => {
          this.sessions.delete(session);
        });
      });
    });
  }

  /** Ends every open terminal (and its processes); for a stopping server. */
  async closeAll(): Promise<void> {
    await Promise.all([...this.sessions].map((session) => session.shutdown()));
    stopUnpauseWaits();
    this.wss.close();
  }
}

function urlOf(req: IncomingMessage): URL {
  return new URL(req.url ?? "/", "http://slipway.invalid");
}

export function parseTerminalRequest(url: URL): TerminalRequest {
  const segment = url.pathname.match(TERMINAL_PATH)?.[1] ?? "";
  let id: string;
  try {
    id = decodeURIComponent(segment);
  } catch {
    throw invalidInput("Invalid path parameter: the container id is not URL-encoded properly");
  }
  const params = terminalParams.safeParse({ id });
  if (!params.success) throw invalidInput(`Invalid path parameter: ${problems(params.error)}`);
  const query = terminalQuery.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) throw invalidInput(`Invalid query: ${problems(query.error)}`);
  return { containerId: params.data.id, command: query.data.cmd, ...sizeOf(query.data) };
}

const sizeOf = ({ cols, rows }: { cols: number; rows: number }) => ({ cols, rows });

function problems(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues
    .map((i) => `${i.path.length ? `${i.path.map(String).join(".")}: ` : ""}${i.message}`)
    .join("; ");
}
