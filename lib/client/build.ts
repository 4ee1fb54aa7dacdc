import type { BrowserContext } from "@/lib/build/browser-context";
import { browserContextTar } from "@/lib/build/browser-context";
import { apiFetch, readNdjson } from "@/lib/client/api";
import type { ProgressLine } from "@/lib/docker/progress-lines";

// The page's side of the build routes: one request, read line by line as the
// engine works. Aborting the signal closes the request, which stops the build.

export type BuildSource =
  | { kind: "folder"; context: string }
  | { kind: "archive"; file: File }
  | { kind: "browser"; context: BrowserContext };

export interface BuildRequest {
  source: BuildSource;
  tag: string;
  dockerfile: string;
  buildArgs: Record<string, string>;
  target?: string;
  noCache: boolean;
}

export async function* streamBuild(
  request: BuildRequest,
  signal: AbortSignal,
): AsyncGenerator<ProgressLine> {
  const response = await send(request, signal);
  yield* readNdjson<ProgressLine>(response);
}

function send({ source, ...options }: BuildRequest, signal: AbortSignal): Promise<Response> {
  if (source.kind === "folder") {
    return apiFetch("/api/docker/images/build", {
      method: "POST",
      body: JSON.stringify({ context: source.context, ...options }),
      signal,
    });
  }
  const query = new URLSearchParams({
    tag: options.tag,
    dockerfile: options.dockerfile,
    noCache: String(options.noCache),
  });
  if (options.target) query.set("target", options.target);
  if (Object.keys(options.buildArgs).length > 0) {
    query.set("buildArgs", JSON.stringify(options.buildArgs));
  }
  const body = source.kind === "archive" ? source.file : browserContextTar(source.context);
  return apiFetch(`/api/docker/images/build/upload?${query}`, {
    method: "POST",
    body,
    headers: { "Content-Type": archiveType(source) },
    signal,
  });
}

function archiveType(source: BuildSource): string {
  if (source.kind !== "archive") return "application/x-tar";
  const name = source.file.name.toLowerCase();
  if (name.endsWith(".zip")) return "application/zip";
  if (/\.(tgz|tar\.gz)$/.test(name)) return "application/gzip";
  return "application/x-tar";
}
