import "server-only";
import type Docker from "dockerode";
import { chooseShell, type ProbeResult, SHELL_CANDIDATES } from "@/lib/exec/shell-choice";

// Short exec calls without a TTY: whether a program exists in the image, and the
// `kill` that ends a terminal's processes. Every one is bounded in time.

const PROBE_TIMEOUT_MS = 5_000;

/** Runs argv in the container to its end (or the timeout) and reads its exit code. */
export async function runOnce(
  container: Docker.Container,
  argv: string[],
  timeoutMs = PROBE_TIMEOUT_MS,
): Promise<ProbeResult> {
  const exec = await container.exec({ Cmd: argv, AttachStdout: true, AttachStderr: true });
  const stream = await exec.start({ hijack: true, stdin: false });
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    const done = () => {
      clearTimeout(timer);
      resolve(true);
    };
    stream.once("end", done);
    stream.once("close", done);
    stream.once("error", done);
  });
  stream.destroy();
  const output = Buffer.concat(chunks).toString("utf8");
  if (!finished) return { exitCode: null, output };
  return { exitCode: await exitCodeOf(exec), output };
}

// The engine records the exit code a moment after the output ends.
async function exitCodeOf(exec: Docker.Exec): Promise<number | null> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const info = await exec.inspect();
    if (!info.Running && info.ExitCode !== null) return info.ExitCode;
    await new Promise((r) => setTimeout(r, 50));
  }
  return null;
}

export interface ImageTools {
  /** The shell to run when the user gave no command; null when the image has none. */
  shell: string | null;
  hasSh: boolean;
  hasKill: boolean;
}

/** What the image offers a terminal, all probes at once (about 100 ms). */
export async function probeTools(container: Docker.Container): Promise<ImageTools> {
  const [bash, sh, kill] = await Promise.all([
    runOnce(container, [SHELL_CANDIDATES[0], "-c", "exit 0"]),
    runOnce(container, [SHELL_CANDIDATES[1], "-c", "exit 0"]),
    runOnce(container, ["kill", "-l"]),
  ]);
  const shell = chooseShell([
    { shell: SHELL_CANDIDATES[0], result: bash },
    { shell: SHELL_CANDIDATES[1], result: sh },
  ]);
  return { shell, hasSh: sh.exitCode === 0, hasKill: kill.exitCode === 0 };
}
