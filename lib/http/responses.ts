import "server-only";
import { AppError, isAppError } from "@/lib/errors";
import { log } from "@/lib/log";

export function json(body: unknown, status = 200, headers?: HeadersInit): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

/** Turns any thrown value into the one error shape; unknown errors stay in the log. */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  log.error("unexpected error", { error, stack: (error as Error)?.stack });
  return new AppError(
    "internal",
    "Something went wrong inside Slipway; the server log has details",
  );
}

export function errorResponse(error: unknown): Response {
  const appError = toAppError(error);
  return json({ error: appError.toJSON() }, appError.status);
}
