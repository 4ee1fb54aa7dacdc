import "server-only";
import type { Duplex } from "node:stream";
import type Docker from "dockerode";
import { getDocker } from "@/lib/docker/client";
import { conflict, invalidInput } from "@/lib/errors";
import type { TerminalProcess } from "@/lib/exec/end-processes";
import { belongsToContainer, containerPidOf } from "@/lib/exec/host-procs";
import { withPidMarker } from "@/lib/exec/pid-marker";
import { probeTools } from "@/lib/exec/probes";
import { NO_SHELL_MESSAGE } from "@/lib/exec/shell-choice";
import { log } from "@/lib/log";

// Starts a terminal's exec: checks the container runs, finds the shell (or takes the
// user's command), starts it with a TTY and learns its process id in the container.

export interface TerminalRequest {
  containerId: string;
  /** argv of the user's command; null to run the image's shell. */
  command: string[] | null;
  cols: number;
  rows: number;
}

export interface OpenedExec extends TerminalProcess {
  command: string[];
  stream: Duplex;
  /** The pid arrives in the output (a remote engine): PidMarkerReader reads it. */
  pidInOutput: boolean;
  /** The process ended before its pid could be read (a command that failed at once). */
  endedAtStart: boolean;
}

const TERM = "xterm-256color";

export async function openExec(request: TerminalRequest): Promise<OpenedExec> {
  const container = getDocker().getContainer(request.containerId);
  const info = await container.inspect();
  const name = info.Name.replace(/^\//, "");
  if (info.State.Paused) throw conflict(`Container ${name} is paused: unpause it first.`);
  if (!info.State.Running) {
    throw conflict(
      `Container ${name} is not running (${info.State.Status}): start it to open a terminal.`,
    );
  }

  const [tools, local] = await Promise.all([
    probeTools(container),
    belongsToContainer(info.State.Pid, info.Id),
  ]);
  const command = request.command ?? (tools.shell ? [tools.shell] : null);
  if (!command) throw invalidInput(NO_SHELL_MESSAGE);

  const pidInOutput = !local && tools.hasSh;
  const exec = await container.exec({
    Cmd: pidInOutput ? withPidMarker(command) : command,
    AttachStdin: true,
    AttachStdout: true,
    AttachStderr: true,
    Tty: true,
    Env: [`TERM=${TERM}`],
  });
  const stream = await exec.start({ hijack: true, stdin: true, Tty: true });
  const opened: OpenedExec = {
    container,
    containerId: info.Id,
    exec,
    pid: null,
    local,
    tools,
    command,
    stream,
    pidInOutput,
    endedAtStart: false,
  };
  // From here on the process runs: nothing may throw, or the session could not end it.
  await resizeExec(exec, request.cols, request.rows);
  if (local) {
    await learnLocalPid(opened).catch((error: unknown) => {
      log.warn("terminal pid not learnt", { container: info.Id, error });
    });
  }
  return opened;
}

/** The engine's host pid of the exec, mapped into the container (bounded wait). */
async function learnLocalPid(opened: OpenedExec): Promise<void> {
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const state = await opened.exec.inspect();
    if (!state.Running && state.ExitCode !== null) {
      opened.endedAtStart = true;
      return;
    }
    if (state.Pid > 0) {
      opened.pid = await containerPidOf(state.Pid, opened.containerId);
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Sets the TTY's size. A failure is logged, not thrown: an exec that has just ended
 * has no TTY left, and a wrong size is put right by the next resize.
 */
export async function resizeExec(exec: Docker.Exec, cols: number, rows: number): Promise<void> {
  try {
    await exec.resize({ h: rows, w: cols });
  } catch (error) {
    log.debug("terminal resize failed", { exec: exec.id, error });
  }
}
