import "server-only";
import { readFile } from "node:fs/promises";
import type Docker from "dockerode";
import { cgroupHoldsContainer, hostPidsOfTop, innermostId } from "@/lib/exec/proc-status";

// When the engine runs on this machine, Slipway reads the host's /proc: the engine
// reports an exec's process id on the host, and /proc/<pid>/status maps it (and its
// session) into the container's namespace, where the ending `kill` runs.

export interface SessionProcess {
  hostPid: number;
  /** The same process's id inside the container. */
  pid: number;
}

async function procText(pid: number, file: "status" | "cgroup"): Promise<string | null> {
  try {
    return await readFile(`/proc/${pid}/${file}`, "utf8");
  } catch {
    return null;
  }
}

/** Whether a host process id (the engine's view) is a live process of this container. */
export async function belongsToContainer(hostPid: number, containerId: string): Promise<boolean> {
  if (!(hostPid > 0)) return false;
  const cgroup = await procText(hostPid, "cgroup");
  return cgroup !== null && cgroupHoldsContainer(cgroup, containerId);
}

/** The container's own id for a process of it, read through the host's /proc. */
export async function containerPidOf(hostPid: number, containerId: string) {
  if (!(await belongsToContainer(hostPid, containerId))) return null;
  const status = await procText(hostPid, "status");
  return status === null ? null : innermostId(status, "NSpid");
}

/**
 * Every process of the terminal's session (the shell, its jobs, what they started):
 * the processes of the container whose session id, inside the container, is the
 * shell's. A job sent to the background survives its shell's hang-up otherwise.
 */
export async function sessionProcesses(
  container: Docker.Container,
  containerId: string,
  shellPid: number,
): Promise<SessionProcess[]> {
  const hostPids = hostPidsOfTop(await container.top({ ps_args: "-o pid" }));
  const members: SessionProcess[] = [];
  for (const hostPid of hostPids) {
    const status = await procText(hostPid, "status");
    if (status === null || innermostId(status, "NSsid") !== shellPid) continue;
    const pid = innermostId(status, "NSpid");
    if (pid !== null && (await belongsToContainer(hostPid, containerId))) {
      members.push({ hostPid, pid });
    }
  }
  return members;
}
