// Containers named in refusals ("used by web (0123456789ab, running)"), so that a
// person can act on the message without looking the ids up. Pure.

export interface NamedContainer {
  id: string;
  name: string;
  state: string;
}

/** "container web (0123456789ab, running)" or "2 containers: a (…, exited), b (…)". */
export function describeContainers(containers: readonly NamedContainer[]): string {
  const list = containers.map((c) => `${c.name} (${c.id.slice(0, 12)}, ${c.state})`).join(", ");
  return containers.length === 1 ? `container ${list}` : `${containers.length} containers: ${list}`;
}
