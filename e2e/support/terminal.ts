// A terminal session as a test drives it: the `ws` client on Slipway's terminal
// WebSocket, the TTY's output as text, the control messages, and how it closed. Plus
// the engine-side checks that nothing of a session is left running.
import tar from "tar-stream";
import WebSocket from "ws";
import { docker, testLabels } from "./docker";
import { BASE_IMAGE, SLIPWAY_URL } from "./env";

export interface ControlMessage {
  type: string;
  [key: string]: unknown;
}

export interface TerminalClient {
  /** The HTTP status when the upgrade was refused, else 101. */
  status: number;
  refusal: string;
  output: () => string;
  messages: ControlMessage[];
  type: (text: string) => void;
  control: (message: Record<string, unknown>) => void;
  /** Waits until the output (or the messages) satisfy `check`. */
  until: (check: (output: string) => boolean, what: string, timeoutMs?: number) => Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
  close: () => void;
  terminate: () => void;
}

export interface SocketOptions {
  origin?: string;
  host?: string;
  authorization?: string;
  /** Another Slipway than the test server (a second one with its own settings). */
  base?: string;
}

export function terminalUrl(id: string, query: Record<string, string> = {}, base = SLIPWAY_URL) {
  const path = `/api/docker/containers/${encodeURIComponent(id)}/exec/ws`;
  return socketUrl(`${path}?${new URLSearchParams(query)}`, base);
}

function socketUrl(path: string, base = SLIPWAY_URL): string {
  const url = new URL(path, base);
  url.protocol = "ws:";
  return url.toString();
}

export function openTerminal(
  id: string,
  query: Record<string, string> = {},
  options: SocketOptions = {},
): Promise<TerminalClient> {
  return openSocket(terminalUrl(id, query, options.base), options);
}

/** A WebSocket upgrade on any path of Slipway, as a terminal client. */
export function openSocketAt(path: string, options: SocketOptions = {}) {
  return openSocket(socketUrl(path, options.base), options);
}

async function openSocket(url: string, options: SocketOptions): Promise<TerminalClient> {
  const base = options.base ?? SLIPWAY_URL;
  const headers: Record<string, string> = {};
  if (options.host) headers.Host = options.host;
  if (options.authorization) headers.Authorization = options.authorization;
  const ws = new WebSocket(url, { origin: options.origin ?? base, headers });
  let text = "";
  const messages: ControlMessage[] = [];
  ws.on("message", (data, isBinary) => {
    const chunk = Buffer.isBuffer(data) ? data : Buffer.from(data as ArrayBuffer);
    if (isBinary) text += chunk.toString("utf8");
    else messages.push(JSON.parse(chunk.toString("utf8")) as ControlMessage);
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    ws.on("close", (code, reason) => resolve({ code, reason: reason.toString() }));
  });
  const opened = await new Promise<{ status: number; refusal: string }>((resolve, reject) => {
    ws.once("open", () => resolve({ status: 101, refusal: "" }));
    ws.once("unexpected-response", (_req, res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => {
        body += chunk.toString();
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, refusal: body }));
    });
    ws.once("error", reject);
  });
  return {
    ...opened,
    output: () => text,
    messages,
    type: (input) => ws.send(Buffer.from(input), { binary: true }),
    control: (message) => ws.send(JSON.stringify(message)),
    until: async (check, what, timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs;
      while (!check(text)) {
        if (Date.now() > deadline) {
          throw new Error(`no ${what} within ${timeoutMs} ms; output: ${JSON.stringify(text)}`);
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    closed,
    close: () => ws.close(1000),
    terminate: () => ws.terminate(),
  };
}

/** A container whose only process is `sleep`: any other process is a terminal's. */
export async function startSleeper(name: string, image = BASE_IMAGE, sleep = ["sleep", "600"]) {
  const container = await docker.createContainer({
    name,
    Image: image,
    Cmd: sleep,
    Labels: testLabels,
  });
  await container.start();
  return container;
}

/** The container's processes as the engine lists them (`docker top`), commands only. */
export async function processCommands(id: string): Promise<string[]> {
  const top = await docker.getContainer(id).top({ ps_args: "-o pid,args" });
  return (top.Processes ?? []).map((row: string[]) => row.slice(1).join(" "));
}

/** Whether any exec of the container is still running, as the engine reports it. */
export async function runningExecs(id: string): Promise<string[]> {
  const info = await docker.getContainer(id).inspect();
  const running: string[] = [];
  for (const execId of info.ExecIDs ?? []) {
    const state = await docker
      .getExec(execId)
      .inspect()
      .catch(() => null);
    if (state?.Running) running.push(execId);
  }
  return running;
}

/**
 * An image with one static busybox binary and nothing else: no shell, no `kill` in
 * PATH. Built from the base image by a two-stage Dockerfile (the classic builder has
 * multi-stage builds), so nothing is pulled.
 */
export async function buildImageWithoutShell(tag: string): Promise<void> {
  const dockerfile = [
    `FROM ${BASE_IMAGE} AS tools`,
    "FROM scratch",
    "COPY --from=tools /bin/busybox /bin/busybox",
    "LABEL slipway-test=1",
    "",
  ].join("\n");
  const pack = tar.pack();
  pack.entry({ name: "Dockerfile" }, dockerfile);
  pack.finalize();
  const stream = await docker.buildImage(pack as unknown as NodeJS.ReadableStream, {
    t: tag,
    labels: testLabels,
  });
  await new Promise<void>((resolve, reject) => {
    docker.modem.followProgress(stream, (error: Error | null, output: { error?: string }[]) => {
      const failed = output?.find((line) => line.error);
      if (error || failed) reject(error ?? new Error(failed?.error));
      else resolve();
    });
  });
}
