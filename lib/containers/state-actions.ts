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
