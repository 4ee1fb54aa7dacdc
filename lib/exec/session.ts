import "server-only";
import type { RawData, WebSocket } from "ws";
import { fromDockerError } from "@/lib/docker/errors";
import { type ActiveEngine, currentEngine } from "@/lib/engines/scope";
import { type AppError, invalidInput } from "@/lib/errors";
import { endAfterUnpause } from "@/lib/exec/after-unpause";
import { endingNotices, endTerminalProcesses } from "@/lib/exec/end-processes";
import { type OpenedExec, openExec, resizeExec, type TerminalRequest } from "@/lib/exec/open-exec";
import { PidMarkerReader } from "@/lib/exec/pid-marker";
import {
  CLOSE_GOING_AWAY,
  CLOSE_NORMAL,
  closeCodeFor,
  closeReason,
  type EndReport,
  parseClientMessage,
  type ServerMessage,
} from "@/lib/exec/protocol";
import { isProgramMissing, programMissingMessage } from "@/lib/exec/shell-choice";
import { toAppError } from "@/lib/http/responses";
import { trackStream } from "@/lib/http/stream-registry";
import { log } from "@/lib/log";

// One browser terminal: the WebSocket on one side, the exec's TTY on the other. However
// it ends (the tab closes, the user ends it, the process exits, Slipway stops), the
// session ends the processes it started in the container before it lets go.

const HEARTBEAT_MS = 20_000;
/** Output held for a slow browser before the engine stream is paused. */
const HIGH_WATER = 1 << 20;
/** The start of the output, kept to tell a missing program from a failing one. */
const HEAD_BYTES = 4_096;
/** Keystrokes held while the exec starts (the probes take a moment); more are dropped. */
const EARLY_INPUT_BYTES = 64 * 1024;

interface Close {
  code: number;
  reason: string;
}

export class TerminalSession {
  private readonly opening: Promise<OpenedExec | null>;
  private opened: OpenedExec | null = null;
  private ending: Promise<void> | null = null;
  private readonly started = Date.now();
  private readonly release = trackStream();
  private readonly heartbeat: NodeJS.Timeout;
  private readonly log;
  /** The engine of the upgrade: socket events run outside the request's scope. */
  private readonly engine: ActiveEngine = currentEngine();
  private head = "";
  private answered = true;
  private earlyInput: Buffer[] = [];

  constructor(
    private readonly ws: WebSocket,
    private readonly request: TerminalRequest,
  ) {
    this.log = log.child({ area: "terminal", container: request.containerId });
    ws.on("message", (data, isBinary) => this.onMessage(data, isBinary));
    ws.on("close", () => void this.end("the terminal was closed", null));
    // A bad frame (or one over maxPayload) errors the socket; ws then closes it.
    ws.on("error", (error) => this.log.warn("terminal socket failed", { error }));
    ws.on("pong", () => {
      this.answered = true;
    });
    // A browser that vanished without closing (a crashed tab) stops answering pings.
    this.heartbeat = setInterval(() => {
      if (ws.readyState !== ws.OPEN) return;
      if (!this.answered) ws.terminate();
      this.answered = false;
      ws.ping();
    }, HEARTBEAT_MS);
    this.opening = openExec(request).then(
      (opened) => this.attach(opened),
      (error: unknown) => {
        this.fail(toAppError(fromDockerError(error) ?? error));
        return null;
      },
    );
  }

  /** Ends the session: its processes first, then the socket. Runs once. */
  end(why: string, close: Close | null): Promise<void> {
    this.ending ??= this.finish(why, close);
    return this.ending;
  }

  private attach(opened: OpenedExec): OpenedExec {
    this.opened = opened;
    const { stream, exec, command, pid } = opened;
    const marker = opened.pidInOutput ? new PidMarkerReader() : null;
    stream.on("data", (chunk: Buffer) => {
      const shown = marker ? marker.push(chunk) : chunk;
      if (marker?.pid && opened.pid === null) opened.pid = marker.pid;
      if (this.head.length < HEAD_BYTES) this.head += Buffer.from(shown).toString("utf8");
      if (shown.length > 0) this.sendOutput(shown);
    });
    stream.once("end", () => void this.onProcessEnd());
    stream.on("error", (error) => this.log.warn("terminal stream failed", { error }));
    for (const bytes of this.earlyInput.splice(0)) stream.write(bytes);
    this.log.info("terminal started", { exec: exec.id, program: command[0], pid });
    this.send({ type: "started", command, pid });
    for (const notice of endingNotices(opened)) {
      this.log.warn("terminal notice", { notice });
      this.send({ type: "notice", message: notice });
    }
    return opened;
  }

  private onMessage(data: RawData, isBinary: boolean): void {
    const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
    if (isBinary) {
      if (this.opened) this.opened.stream.write(bytes);
      else if (totalLength(this.earlyInput) + bytes.length <= EARLY_INPUT_BYTES) {
        this.earlyInput.push(bytes);
      }
      return;
    }
    const message = parseClientMessage(bytes.toString("utf8"));
    if (message?.type === "resize") {
      this.request.cols = message.cols;
      this.request.rows = message.rows;
      if (this.opened) void resizeExec(this.opened.exec, message.cols, message.rows);
    } else if (message?.type === "end") {
      void this.end("ended by the user", { code: CLOSE_NORMAL, reason: "ended by the user" });
    }
  }

  private sendOutput(bytes: Uint8Array): void {
    if (this.ws.readyState !== this.ws.OPEN) return;
    const { stream } = this.opened ?? {};
    this.ws.send(bytes, { binary: true }, () => {
      if (this.ws.bufferedAmount < HIGH_WATER / 2) stream?.resume();
    });
    if (this.ws.bufferedAmount > HIGH_WATER) stream?.pause();
  }

  private async onProcessEnd(): Promise<void> {
    const opened = this.opened;
    if (!opened || this.ending) return;
    const exitCode = await opened.exec
      .inspect()
      .then((state) => state.ExitCode)
      .catch(() => null);
    const program = opened.command[0] ?? "";
    if (this.request.command && isProgramMissing({ exitCode, output: this.head })) {
      this.fail(invalidInput(programMissingMessage(program)));
      return;
    }
    this.send({ type: "exit", exitCode });
    const reason = `the process exited${exitCode === null ? "" : ` with code ${exitCode}`}`;
    await this.end(reason, { code: CLOSE_NORMAL, reason });
  }

  private fail(appError: AppError): void {
    this.send({ type: "failure", code: appError.code, message: appError.message });
    void this.end(appError.message, {
      code: closeCodeFor(appError.code),
      reason: closeReason(appError.message),
    });
  }

  private async finish(why: string, close: Close | null): Promise<void> {
    clearInterval(this.heartbeat);
    const opened = await this.opening;
    let report: EndReport | null = null;
    if (opened) {
      report = await endTerminalProcesses(opened).catch((error: unknown) => {
        this.log.error("terminal processes not ended", { error });
        return null;
      });
      opened.stream.destroy();
      if (report?.awaitingUnpause) endAfterUnpause(this.engine, opened);
    }
    this.release();
    const fields = { why, pid: opened?.pid ?? null, ms: Date.now() - this.started, ...report };
    if (report?.leftRunning && !report.awaitingUnpause) {
      this.log.warn("terminal ended, processes left", fields);
    } else {
      this.log.info("terminal ended", fields);
    }
    if (report && opened) this.send({ type: "ended", report });
    if (close && this.ws.readyState === this.ws.OPEN) this.ws.close(close.code, close.reason);
  }

  private send(message: ServerMessage): void {
    if (this.ws.readyState === this.ws.OPEN) this.ws.send(JSON.stringify(message));
  }

  /** Called when Slipway stops: the processes still end. */
  shutdown(): Promise<void> {
    return this.end("Slipway is stopping", { code: CLOSE_GOING_AWAY, reason: "Slipway stopped" });
  }
}

const totalLength = (chunks: Buffer[]) => chunks.reduce((sum, c) => sum + c.length, 0);
