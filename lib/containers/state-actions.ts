import type { ContainerAction } from "@/lib/containers/schemas";

// Which lifecycle actions make sense in which state; the buttons follow this list so
// that a person is not offered "pause" on a stopped container.

const BY_STATE: Record<string, readonly ContainerAction[]> = {
  running: ["stop", "restart", "pause", "kill"],
  paused: ["unpause", "kill"],
  restarting: ["stop", "kill"],
  created: ["start"],
  exited: ["start"],
  dead: [],
  removing: [],
};

export function actionsForState(state: string): readonly ContainerAction[] {
  return BY_STATE[state] ?? ["start", "stop"];
}

/** A container in these states must be forced (stopped first) to be removed. */
export const isActive = (state: string) =>
  state === "running" || state === "paused" || state === "restarting";

const STOPPED = new Set(["exited", "created"]);
const STATE_WORDS: Record<string, string> = {
  exited: "stopped",
  created: "created, never started",
};

/**
 * Why `action` does not fit a container in `state`, as the end of a sentence that
 * starts "Container web ..."; null when the engine may run it. The engine's own
 * answers for these cases are a bare 304, or a 500 for unpause.
 */
export function actionMisfit(action: ContainerAction, state: string): string | null {
  if (state === "removing") return "is being removed";
  if (state === "dead") return "is dead: remove it and run a new one";
  const neverStarted = state === "created";
  switch (action) {
    case "start":
      if (state === "running") return "is already running";
      if (state === "paused") return "is paused: unpause it instead";
      if (state === "restarting") return "is already restarting";
      return null;
    case "stop":
    case "kill":
      if (neverStarted) return "has never been started, so there is nothing to stop";
      if (STOPPED.has(state)) return "is already stopped";
      return null;
    case "pause":
      if (state === "paused") return "is already paused";
      if (neverStarted) return "has never been started, so it cannot be paused";
      if (STOPPED.has(state)) return "is stopped, so it cannot be paused: start it first";
      if (state === "restarting") return "is restarting: pause it once it runs";
      return null;
    case "unpause":
      return state === "paused" ? null : `is not paused (it is ${STATE_WORDS[state] ?? state})`;
    case "restart":
      return null;
  }
}
