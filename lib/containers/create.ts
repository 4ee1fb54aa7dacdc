import "server-only";
import { setTimeout as delay } from "node:timers/promises";
import type Docker from "dockerode";
import type { RawContainerInspect } from "@/lib/containers/detail-mapper";
import { toEnginePorts, unappliedBindings } from "@/lib/containers/engine-ports";
import { formatPortSpec, type PortSpec } from "@/lib/containers/port-spec";
import { portViewsFromMap } from "@/lib/containers/port-view";
import { inspectImageOrThrow } from "@/lib/containers/run-defaults";
import { runOutcome } from "@/lib/containers/run-outcome";
import { type CreateContainerInput, toRestartPolicy } from "@/lib/containers/schemas";
import { explainStartFailure } from "@/lib/containers/start-failure";
import type { CreatedContainer } from "@/lib/containers/types";
import { getDocker } from "@/lib/docker/client";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";

// `docker run` as one call: create, start, and check that the engine applied every
// port binding asked for (D6). Whatever fails after create removes the container, so
// a failed run leaves nothing half-made behind (a taken host port fails at start).
// A container that exits at once is no failure of the engine's: it stays, and the
// answer says it exited, with its exit code (lib/containers/run-outcome.ts).

/** How long a new container gets to show that it exits at once. */
const SETTLE_MS = 500;

export async function createAndStartContainer(
  input: CreateContainerInput,
): Promise<CreatedContainer> {
  const specs = input.ports ?? [];
  const ports = toEnginePorts(specs);
  await inspectImageOrThrow(input.image);

  const container = await getDocker().createContainer({
    name: input.name,
    Image: input.image,
    Cmd: input.cmd?.length ? input.cmd : undefined,
    Env: Object.entries(input.env ?? {}).map(([name, value]) => `${name}=${value}`),
    Labels: input.labels ?? {},
    ExposedPorts: ports.ExposedPorts,
    HostConfig: { PortBindings: ports.PortBindings, RestartPolicy: toRestartPolicy(input.restart) },
  });

  try {
    await container.start();
    await settle(container);
    const raw = (await container.inspect()) as unknown as RawContainerInspect;
    checkBindings(specs, raw);
    const outcome = runOutcome(raw, specs.length > 0);
    log.info("container started", {
      id: raw.Id,
      name: raw.Name.slice(1),
      image: input.image,
      state: outcome.state,
    });
    return {
      id: raw.Id,
      name: raw.Name.replace(/^\//, ""),
      ports: portViewsFromMap(raw.NetworkSettings?.Ports),
      ...outcome,
    };
  } catch (error) {
    await discard(container);
    throw explainStartFailure(error, specs);
  }
}

/** Waits until the container stops or SETTLE_MS pass, whichever comes first. */
async function settle(container: Docker.Container): Promise<void> {
  const abort = new AbortController();
  const stopped = container
    .wait({ condition: "not-running", abortSignal: abort.signal })
    // Aborted once the time is up; an engine failure here shows in the inspect after.
    .catch(() => undefined);
  await Promise.race([stopped, delay(SETTLE_MS, undefined, { signal: abort.signal })]).catch(
    () => undefined,
  );
  abort.abort();
}

/** Throws when a binding is missing; a container that already exited cannot be checked. */
function checkBindings(specs: readonly PortSpec[], raw: RawContainerInspect): void {
  const stored = unappliedBindings(specs, raw.HostConfig?.PortBindings);
  const live = raw.State.Running ? unappliedBindings(specs, raw.NetworkSettings?.Ports) : [];
  const missing = [...new Set([...stored, ...live])];
  if (missing.length === 0) return;
  const list = missing.map(formatPortSpec).join(", ");
  throw new AppError(
    "upstream_error",
    `Docker did not apply the port binding${missing.length === 1 ? "" : "s"} ${list}; ` +
      "the container was removed so that it does not run without them.",
    { unapplied: missing.map(formatPortSpec) },
  );
}

async function discard(container: Docker.Container): Promise<void> {
  try {
    await container.remove({ force: true, v: true });
  } catch (error) {
    log.warn("could not remove a container that failed to start", { id: container.id, error });
  }
}
