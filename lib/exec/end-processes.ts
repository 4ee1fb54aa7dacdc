import "server-only";
import type Docker from "dockerode";
import { belongsToContainer, sessionProcesses } from "@/lib/exec/host-procs";
import { type ImageTools, runOnce } from "@/lib/exec/probes";
import type { EndReport } from "@/lib/exec/protocol";

// The Engine API has no call that ends an exec, and a TTY exec outlives its closed
// connection. So Slipway ends the terminal's processes itself: SIGHUP (a shell's own
// way out, which also reaches its foreground job), then SIGKILL for what is left, sent
// by a second exec of the image's `kill` (or a shell's builtin kill). Waits are bounded.

export interface TerminalProcess {
  container: Docker.Container;
  containerId: string;
  exec: Docker.Exec;
  /** The terminal's process id inside the container, when Slipway learnt it. */
  pid: number | null;
  /** Whether this machine's /proc shows the container's processes. */
  local: boolean;
  tools: ImageTools;
}

interface Alive {
  pid: number;
  hostPid?: number;
}

const WAIT_MS = { HUP: 2_000, KILL: 3_000 } as const;

/** How the ending signals are sent; "none" when the image offers no way. */
export function killMethod(target: Pick<TerminalProcess, "local" | "tools">): EndReport["method"] {
  if (target.tools.hasKill) return "kill";
  if (target.tools.hasSh) return "shell";
  return target.local ? "host" : "none";
}

/** What the user should know at the start: how (or whether) the end will be clean. */
export function endingNotices(
  target: Pick<TerminalProcess, "local" | "tools" | "pid"> & {
    pidInOutput: boolean;
    endedAtStart: boolean;
  },
): string[] {
  if (target.endedAtStart) return [];
  if (target.pid === null && !target.pidInOutput) {
    return ["Slipway could not learn this process's id: it may keep running after you close."];
  }
  const method = killMethod(target);
  if (method === "host") {
    return [
      "This image has no `kill` command: Slipway ends the terminal's processes from the host.",
    ];
  }
  if (method === "none") {
    return ["This image has no `kill` command: the process keeps running after you close it."];
  }
  return [];
}

export async function endTerminalProcesses(target: TerminalProcess): Promise<EndReport> {
  let alive = await aliveProcesses(target);
  const first = alive.map((p) => p.pid);
  if (target.pid === null && (await execRunning(target.exec))) {
    return {
      ...report([], [], "none", "Slipway could not learn the process id: it may keep running."),
      leftRunning: true,
    };
  }
  if (alive.length === 0) return report([], [], "none", "No process of the terminal was left.");

  const method = killMethod(target);
  if (method === "none") {
    return report(
      [],
      first,
      method,
      `This image has no \`kill\` and no shell: ${list(first)} ${plural(first, "keep", "keeps")} ` +
        "running until the container stops.",
    );
  }
  // A paused (frozen) container runs no exec, so no `kill`: the end waits for its unpause.
  if (await isPaused(target.container)) return awaitingUnpause(first, method);
  let signal: keyof typeof WAIT_MS = "HUP";
  for (signal of ["HUP", "KILL"] as const) {
    await sendSignal(target, method, signal, alive);
    alive = await waitUntilGone(target, WAIT_MS[signal]);
    if (alive.length === 0) break;
  }
  const survivors = alive.map((p) => p.pid);
  if (survivors.length && (await isPaused(target.container))) {
    return awaitingUnpause(survivors, method);
  }
  const ended = first.filter((pid) => !survivors.includes(pid));
  const how = method === "host" ? " from the host (the image has no `kill`)" : "";
  const message = survivors.length
    ? `${capitalized(list(survivors))} still ${plural(survivors, "run", "runs")} after SIGKILL.`
    : `Ended ${list(ended)} in the container with SIG${signal}${how}.`;
  return report(ended, survivors, method, message);
}

function awaitingUnpause(pids: number[], method: EndReport["method"]): EndReport {
  const message =
    `The container is paused: ${list(pids)} ${plural(pids, "keep", "keeps")} running until ` +
    `it is unpaused, and Slipway ends ${plural(pids, "them", "it")} then.`;
  return { ...report([], pids, method, message), awaitingUnpause: true };
}

async function isPaused(container: TerminalProcess["container"]): Promise<boolean> {
  try {
    return (await container.inspect()).State.Paused;
  } catch (error) {
    if (isGone(error)) return false;
    throw error;
  }
}

async function aliveProcesses(target: TerminalProcess): Promise<Alive[]> {
  if (target.pid === null) return [];
  try {
    if (target.local) {
      return await sessionProcesses(target.container, target.containerId, target.pid);
    }
    return (await execRunning(target.exec)) ? [{ pid: target.pid }] : [];
  } catch (error) {
    // A container that stopped or went away took the terminal's processes with it.
    if (isGone(error)) return [];
    throw error;
  }
}

async function sendSignal(
  target: TerminalProcess,
  method: EndReport["method"],
  signal: "HUP" | "KILL",
  alive: Alive[],
): Promise<void> {
  const pids = alive.map((p) => String(p.pid));
  try {
    if (method === "kill") await runOnce(target.container, ["kill", `-${signal}`, ...pids]);
    if (method === "shell") {
      await runOnce(target.container, ["sh", "-c", `kill -${signal} "$@"`, "sh", ...pids]);
    }
    if (method === "host") await signalFromHost(target.containerId, signal, alive);
  } catch (error) {
    if (!isGone(error)) throw error;
  }
}

async function signalFromHost(containerId: string, signal: "HUP" | "KILL", alive: Alive[]) {
  for (const { hostPid } of alive) {
    // Checked right before the signal, so that a reused host pid is never hit.
    if (hostPid === undefined || !(await belongsToContainer(hostPid, containerId))) continue;
    try {
      process.kill(hostPid, `SIG${signal}`);
    } catch {
      // Gone in between, or not Slipway's to signal: the wait below tells which.
    }
  }
}

async function waitUntilGone(target: TerminalProcess, ms: number): Promise<Alive[]> {
  const deadline = Date.now() + ms;
  let alive = await aliveProcesses(target);
  while (alive.length > 0 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    alive = await aliveProcesses(target);
  }
  return alive;
}

async function execRunning(exec: Docker.Exec): Promise<boolean> {
  try {
    return (await exec.inspect()).Running;
  } catch (error) {
    if (isGone(error)) return false;
    throw error;
  }
}

function isGone(error: unknown): boolean {
  const status = (error as { statusCode?: number }).statusCode;
  return status === 404 || status === 409;
}

const plural = (pids: number[], many: string, one: string) => (pids.length > 1 ? many : one);
const list = (pids: number[]) => `${plural(pids, "processes", "process")} ${pids.join(", ")}`;
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function report(
  ended: number[],
  survivors: number[],
  method: EndReport["method"],
  message: string,
): EndReport {
  return { ended, survivors, method, message, leftRunning: survivors.length > 0 };
}
