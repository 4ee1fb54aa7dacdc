// Test-side access to the real engine: create what a test owns (labelled
// slipway-test=1 and named with a per-run prefix) and remove only that.
import Docker from "dockerode";
import { BASE_IMAGE, TEST_LABEL } from "./env";

export const docker = process.env.DOCKER_HOST
  ? new Docker()
  : new Docker({ socketPath: "/var/run/docker.sock" });

export const testLabels = { [TEST_LABEL]: "1" };

let counter = 0;
const named = new Set<string>();
/** A unique name for a resource this test process owns. */
export function testName(what: string): string {
  counter += 1;
  const name = `slipway-test-${what}-${process.pid}-${Date.now().toString(36)}-${counter}`;
  named.add(name);
  return name;
}

/** Creates and starts a labelled container from the base image running a shell script. */
export async function startScriptContainer(
  script: string,
  options: { name?: string; tty?: boolean; ports?: Record<string, string> } = {},
) {
  const name = options.name ?? testName("ctr");
  const container = await docker.createContainer({
    name,
    Image: BASE_IMAGE,
    Cmd: ["sh", "-c", script],
    Tty: options.tty ?? false,
    Labels: testLabels,
  });
  await container.start();
  return { id: container.id, name, container };
}

/**
 * Removes the labelled containers whose names this process made with testName()
 * (or that start with such a name), whatever their state; other runs' and
 * developers' containers are left alone.
 */
export async function removeTestResources(ownedPrefix?: string): Promise<void> {
  const owned = (name: string) =>
    named.has(name) || (!!ownedPrefix && name.startsWith(ownedPrefix));
  const containers = await docker.listContainers({
    all: true,
    filters: { label: [`${TEST_LABEL}=1`] },
  });
  for (const c of containers) {
    if (!c.Names.some((n) => owned(n.replace(/^\//, "")))) continue;
    await docker
      .getContainer(c.Id)
      .remove({ force: true, v: true })
      .catch(() => undefined);
  }
}

export async function removeImageQuietly(ref: string): Promise<void> {
  await docker
    .getImage(ref)
    .remove({ force: true })
    .catch(() => undefined);
}
