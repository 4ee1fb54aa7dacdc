import "server-only";
import type { z } from "zod";
import { type ActiveEngine, engineOfRequest, withEngine } from "@/lib/engines/scope";
import { invalidInput } from "@/lib/errors";
import { describeIssues } from "@/lib/http/issues";
import { paramWithControlCharacter } from "@/lib/http/params";
import { errorResponse, json } from "@/lib/http/responses";
import { translateError } from "@/lib/http/translate";
import { log } from "@/lib/log";
import { guardRequest } from "@/lib/security/request-guard";

// Every API route goes through route(): request checks, schema parsing of the path,
// query and body, error translation, and one log line per mutating call. A handler
// body is then only the domain steps.

type Schema<T> = z.ZodType<T>;
type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

interface Spec<P, Q, B> {
  params?: Schema<P>;
  query?: Schema<Q>;
  body?: Schema<B>;
  /** Only the sign-in route is reachable without the token. */
  public?: boolean;
}

export interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  req: Request;
}

export function route<P = Record<string, never>, Q = Record<string, never>, B = undefined>(
  spec: Spec<P, Q, B>,
  handle: (input: RouteInput<P, Q, B>) => Promise<unknown>,
): (req: Request, ctx: RouteContext) => Promise<Response> {
  return async (req, ctx) => {
    const started = Date.now();
    const path = new URL(req.url).pathname;
    const mutating = req.method !== "GET" && req.method !== "HEAD";
    let status = 500;
    let engine: ActiveEngine | undefined;
    try {
      const refused = guardRequest(req, { needsToken: !spec.public });
      if (refused) throw refused;
      const params = await ctx.params;
      const controlled = paramWithControlCharacter(params);
      if (controlled) {
        throw invalidInput(
          `Invalid path parameter: ${controlled}: holds a control character (NUL, a line ` +
            "break...), which no name does",
        );
      }
      const input: RouteInput<P, Q, B> = {
        params: parse(spec.params, params, "path parameter"),
        query: parse(spec.query, Object.fromEntries(new URL(req.url).searchParams), "query"),
        body: spec.body ? parse(spec.body, await readJson(req), "body") : (undefined as B),
        req,
      };
      // The handler (and any stream it starts, see streams.ts) works on this engine.
      engine = await engineOfRequest(new URL(req.url), req.headers);
      const chosen = engine;
      const result = await withEngine(chosen, () => handle(input));
      const response = result instanceof Response ? result : json(result ?? { ok: true });
      status = response.status;
      return response;
    } catch (error) {
      // An engine error names the request's engine, so it is worded in its scope.
      const translated = engine
        ? withEngine(engine, () => translateError(error))
        : translateError(error);
      const response = errorResponse(translated);
      status = response.status;
      return response;
    } finally {
      if (mutating) {
        log.info("api call", { method: req.method, path, status, ms: Date.now() - started });
      }
    }
  };
}

function parse<T>(schema: Schema<T> | undefined, value: unknown, where: string): T {
  if (!schema) return (value ?? {}) as T;
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const problems = describeIssues(result.error.issues);
  throw invalidInput(`Invalid ${where}: ${problems.join("; ")}`, { issues: result.error.issues });
}

async function readJson(req: Request): Promise<unknown> {
  const text = await req.text();
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text);
  } catch {
    throw invalidInput("The request body is not valid JSON");
  }
}
