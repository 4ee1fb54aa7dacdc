// What a just-started container is doing once it has had a moment to run: still
// running, or already gone (exited, dead) or being restarted by its policy. A run
// that ended at once is a success of the engine but not of the user: the answer
// says so in words, with the exit code and where the logs are. Pure.

/** The parts of the engine's inspect document this reads. */
export interface StartedState {
  Id: string;
  Name: string;
  RestartCount?: number;
  State: { Status: string; Running: boolean; Restarting: boolean; ExitCode: number };
}

export interface RunOutcome {
  /** The engine's state after the settle time: running, exited, dead, restarting... */
  state: string;
  /** The exit code when the container has stopped (or stopped before a restart). */
  exitCode: number | null;
  warnings: string[];
}

/** The API path of a container's logs, named in the warnings. */
export const logsApiPath = (id: string) => `/api/docker/containers/${id.slice(0, 12)}/logs`;

export function runOutcome(raw: StartedState, hadPortSpecs: boolean): RunOutcome {
  const name = raw.Name.replace(/^\//, "");
  const { Status: state, Running: running, Restarting: restarting, ExitCode: code } = raw.State;
  const restarted = restarting || (raw.RestartCount ?? 0) > 0;
  const logs = `Its logs say why: ${logsApiPath(raw.Id)}.`;

  if (running && !restarted) return { state, exitCode: null, warnings: [] };
  if (restarted) {
    return {
      state,
      exitCode: code,
      warnings: [
        `Container ${name} exited right after it started (exit code ${code}) and the engine ` +
          `is restarting it, as its restart policy says. ${logs}`,
      ],
    };
  }
  const warnings = [
    `Container ${name} exited right after it started, with exit code ${code}. ${logs}`,
  ];
  if (hadPortSpecs) {
    warnings.push("Its port bindings could not be checked, as it was no longer running.");
  }
  return { state, exitCode: code, warnings };
}
