// Readers of the kernel's /proc text, for mapping an exec's process id on the host to
// its id inside the container. Pure, so that the parsing is tested without a kernel.

/**
 * The ids in a namespaced line of /proc/<pid>/status (`NSpid:`, `NSsid:`), from the
 * reader's namespace inwards: the last one is the id inside the container.
 */
export function namespaceIds(status: string, field: "NSpid" | "NSsid"): number[] {
  const line = status.split("\n").find((l) => l.startsWith(`${field}:`));
  if (!line) return [];
  return line
    .slice(field.length + 1)
    .trim()
    .split(/\s+/)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
}

/** The id inside the innermost namespace (the container's), or null. */
export function innermostId(status: string, field: "NSpid" | "NSsid"): number | null {
  return namespaceIds(status, field).at(-1) ?? null;
}

/**
 * Whether /proc/<pid>/cgroup places the process in this container: every cgroup
 * driver names the container's full id in the path (`/docker/<id>`,
 * `docker-<id>.scope`), so a host process or another container never matches.
 */
export function cgroupHoldsContainer(cgroup: string, containerId: string): boolean {
  return /^[0-9a-f]{64}$/.test(containerId) && cgroup.includes(containerId);
}

/** The PID column of `container.top()` (the engine's `ps`), as host process ids. */
export function hostPidsOfTop(top: { Titles?: string[]; Processes?: string[][] }): number[] {
  const column = (top.Titles ?? []).findIndex((t) => t.trim().toUpperCase() === "PID");
  if (column < 0) return [];
  return (top.Processes ?? [])
    .map((row) => Number(row[column]))
    .filter((n) => Number.isInteger(n) && n > 0);
}
