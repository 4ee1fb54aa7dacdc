import "server-only";
import { STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import type { AppError } from "@/lib/errors";

// An upgrade request has no response object: a refusal is written to the socket as a
// plain HTTP answer, in the one error shape, before the socket is closed.

export function refuseUpgrade(socket: Duplex, error: AppError): void {
  if (socket.destroyed) return;
  const body = JSON.stringify({ error: error.toJSON() });
  const head = [
    `HTTP/1.1 ${error.status} ${STATUS_CODES[error.status] ?? "Error"}`,
    "Content-Type: application/json",
    `Content-Length: ${Buffer.byteLength(body)}`,
    "Cache-Control: no-store",
    "Connection: close",
  ];
  socket.end(`${head.join("\r\n")}\r\n\r\n${body}`);
}
