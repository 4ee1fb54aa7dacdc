import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { config } from "@/lib/config";
import { AppError } from "@/lib/errors";

// Slipway drives the Docker engine, which is as good as root on this machine, so
// every request passes three checks: the Host header (against DNS rebinding), the
// Origin of state-changing requests (against cross-site requests), and the token
// when one is configured (required for any bind other than loopback).

export const SESSION_COOKIE = "slipway_session";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isLoopbackHostname(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  return (
    h === "localhost" || h.endsWith(".localhost") || h === "::1" || /^127(\.\d{1,3}){3}$/.test(h)
  );
}

export function hostnameOf(hostHeader: string): string {
  if (hostHeader.startsWith("[")) return hostHeader.slice(0, hostHeader.indexOf("]") + 1);
  return hostHeader.split(":")[0] ?? "";
}

/** The session cookie holds a digest of the token, never the token itself. */
export function sessionValue(token: string): string {
  return createHash("sha256").update(`slipway-session:${token}`).digest("hex");
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function checkHost(headers: Headers): AppError | null {
  const host = headers.get("host");
  if (!host) return new AppError("forbidden", "Missing Host header");
  const hostname = hostnameOf(host).toLowerCase();
  const { allowedHosts, host: boundHost } = config();
  if (isLoopbackHostname(hostname)) return null;
  if (allowedHosts.includes(hostname.replace(/^\[|\]$/g, ""))) return null;
  if (!isLoopbackHostname(boundHost) && hostname === boundHost.toLowerCase()) return null;
  return new AppError(
    "forbidden",
    `Host "${hostname}" is not served by Slipway; add it to SLIPWAY_ALLOWED_HOSTS to allow it`,
  );
}

export function checkOrigin(method: string, headers: Headers): AppError | null {
  if (SAFE_METHODS.has(method.toUpperCase())) return null;
  return checkSameOrigin(headers);
}

/** The Origin check of a state-changing request, whatever its method. */
export function checkSameOrigin(headers: Headers): AppError | null {
  if (headers.get("sec-fetch-site") === "cross-site") {
    return new AppError("forbidden", "Cross-site requests may not change anything");
  }
  const origin = headers.get("origin");
  // Non-browser clients (curl, scripts) send no Origin; browsers always do on POST.
  if (origin === null) return null;
  const host = headers.get("host") ?? "";
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return new AppError("forbidden", `Origin "${origin}" is not Slipway's own origin`);
  }
  if (originHost.toLowerCase() !== host.toLowerCase()) {
    return new AppError("forbidden", `Origin "${origin}" is not Slipway's own origin`);
  }
  return null;
}

export function checkToken(headers: Headers, cookieValue: string | undefined): AppError | null {
  const { token } = config();
  if (!token) return null;
  const bearer = headers.get("authorization")?.match(/^Bearer\s+(.+)$/i)?.[1];
  if (bearer && sameSecret(bearer, token)) return null;
  if (cookieValue && sameSecret(cookieValue, sessionValue(token))) return null;
  return new AppError("unauthorized", "Sign in with the Slipway token to continue");
}

export function readCookie(headers: Headers, name: string): string | undefined {
  const cookie = headers.get("cookie");
  if (!cookie) return undefined;
  for (const part of cookie.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}

/** All checks for an API request; the first failure wins. */
export function guardRequest(req: Request, { needsToken = true } = {}): AppError | null {
  return (
    checkHost(req.headers) ??
    checkOrigin(req.method, req.headers) ??
    (needsToken ? checkToken(req.headers, readCookie(req.headers, SESSION_COOKIE)) : null)
  );
}

/**
 * All checks for a WebSocket upgrade. An upgrade is a GET, but the socket it opens can
 * change things (a terminal types into a container), so its Origin is checked as for
 * a POST; browsers always send Origin on WebSocket handshakes.
 */
export function guardUpgrade(headers: Headers): AppError | null {
  return (
    checkHost(headers) ??
    checkSameOrigin(headers) ??
    checkToken(headers, readCookie(headers, SESSION_COOKIE))
  );
}

/** Node's header record (an upgrade request's) as the Headers the checks read. */
export function headersOf(raw: Record<string, string | string[] | undefined>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  return headers;
}
