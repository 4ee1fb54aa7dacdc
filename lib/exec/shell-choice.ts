// Which program a terminal runs when the user gives none, and how a missing program
// reads in the engine's answer. Pure: the probes themselves are in probes.ts.

/** Tried in this order: bash for its line editing and colours, else a POSIX sh. */
export const SHELL_CANDIDATES = ["bash", "sh"] as const;

export const NO_SHELL_MESSAGE =
  "This image has no shell (tried bash and sh): give a command to run, " +
  "such as the path of a program in the image.";

export interface ProbeResult {
  /** The exit code, or null when the probe did not finish in time. */
  exitCode: number | null;
  output: string;
}

/** The first candidate whose probe (`<shell> -c "exit 0"`) succeeded, else null. */
export function chooseShell(
  probes: ReadonlyArray<{ shell: string; result: ProbeResult }>,
): string | null {
  return probes.find((p) => p.result.exitCode === 0)?.shell ?? null;
}

/**
 * Whether an exec failed because its program is not in the image. The engine starts
 * the exec anyway and the runtime answers 126 (or 127 from a shell) with its reason.
 */
export function isProgramMissing(result: ProbeResult): boolean {
  if (result.exitCode !== 126 && result.exitCode !== 127) return false;
  return /executable file not found|no such file or directory|not found/i.test(result.output);
}

export function programMissingMessage(program: string): string {
  return `The command "${program}" is not in this container (not found in its PATH).`;
}
