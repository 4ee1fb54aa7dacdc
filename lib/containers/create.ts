import "server-only";
import type Docker from "dockerode";
import type { RawContainerInspect } from "@/lib/containers/detail-mapper";
import { toEnginePorts, unappliedBindings } from "@/lib/containers/engine-ports";
import { formatPortSpec, type PortSpec } from "@/lib/containers/port-spec";
import { portViewsFromMap } from "@/lib/containers/port-view";
import { inspectImageOrThrow } from "@/lib/containers/run-defaults";
import { type CreateContainerInput, toRestartPolicy } from "@/lib/containers/schemas";
import { explainStartFailure } from "@/lib/containers/start-failure";
import type { CreatedContainer } from "@/lib/containers/types";
import { getDocker } from "@/lib/docker/client";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";

// `docker run` as one call: create, start, and check that the engine applied every
// port binding asked for (D6). Whatever fails after create removes the container, so
// a failed run leaves nothing half-made behind (a taken host port fails at start).

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
    const raw = (await container.inspect()) as unknown as RawContainerInspect;
    const warnings = checkBindings(specs, raw);
    log.info("container started", { id: raw.Id, name: raw.Name.slice(1), image: input.image });
    return {
      id: raw.Id,
      name: raw.Name.replace(/^\//, ""),
      ports: portViewsFromMap(raw.NetworkSettings?.Ports),
      warnings,
    };
  } catch (error) {
    await discard(container);
    throw explainStartFailure(error, specs);
  }
}

/** Throws when a binding is missing; a container that already exited cannot be checked. */
function checkBindings(specs: readonly PortSpec[], raw: RawContainerInspect): string[] {
  const stored = unappliedBindings(specs, raw.HostConfig?.PortBindings);
  const live = raw.State.Running ? unappliedBindings(specs, raw.NetworkSettings?.Ports) : [];
  const missing = [...new Set([...stored, ...live])];
  if (missing.length > 0) {
    const list = missing.map(formatPortSpec).join(", ");
    throw new AppError(
      "upstream_error",
      `Docker did not apply the port binding${missing.length > 1 ? "s" : ""} ${list}; ` +
        "the container was removed so that it does not run without them.",
      { unapplied: missing.map(formatPortSpec) },
    );
  }
  if (raw.State.Running || specs.length === 0) return [];
  return [
    `The container stopped right after it started (exit code ${raw.State.ExitCode}), so its ` +
      "port bindings could not be checked.",
  ];
}

async function discard(container: Docker.Container): Promise<void> {
  try {
    await container.remove({ force: true, v: true });
  } catch (error) {
    log.warn("could not remove a container that failed to start", { id: container.id, error });
  }
}
