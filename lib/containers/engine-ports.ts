import { formatPortSpec, type PortSpec, portKey } from "@/lib/containers/port-spec";
import { invalidInput } from "@/lib/errors";

// The engine's port configuration for a set of specs, and the check that the engine
// applied every binding asked for (case D6: an engine that gets a key without its
// protocol, or a binding it cannot honour, runs the container without the mapping
// and says nothing).

export interface EngineHostBinding {
  HostIp: string;
  HostPort: string;
}

export type EnginePortMap = Record<string, EngineHostBinding[] | null | undefined>;

export interface EnginePortConfig {
  ExposedPorts: Record<string, Record<string, never>>;
  PortBindings: Record<string, EngineHostBinding[]>;
}

/** ExposedPorts and PortBindings with `port/proto` keys and string host ports. */
export function toEnginePorts(specs: readonly PortSpec[]): EnginePortConfig {
  const config: EnginePortConfig = { ExposedPorts: {}, PortBindings: {} };
  const taken = new Map<string, PortSpec>();
  for (const spec of specs) {
    if (spec.hostPort !== null) {
      const hostKey = `${spec.hostIp ?? "*"}|${spec.hostPort}/${spec.protocol}`;
      const earlier = taken.get(hostKey);
      if (earlier) {
        throw invalidInput(
          `Port specs "${formatPortSpec(earlier)}" and "${formatPortSpec(spec)}" ` +
            `both ask for host port ${spec.hostPort}/${spec.protocol}`,
        );
      }
      taken.set(hostKey, spec);
    }
    const key = portKey(spec);
    config.ExposedPorts[key] = {};
    const bindings = config.PortBindings[key] ?? [];
    bindings.push({ HostIp: spec.hostIp ?? "", HostPort: spec.hostPort?.toString() ?? "" });
    config.PortBindings[key] = bindings;
  }
  return config;
}

const WILDCARDS = new Set(["", "0.0.0.0", "::"]);

/** The specs that have no matching binding in what the engine reports. */
export function unappliedBindings(
  asked: readonly PortSpec[],
  applied: EnginePortMap | null | undefined,
): PortSpec[] {
  return asked.filter((spec) => {
    const candidates = applied?.[portKey(spec)] ?? [];
    return !candidates.some((binding) => bindingMatches(spec, binding));
  });
}

function bindingMatches(spec: PortSpec, binding: EngineHostBinding): boolean {
  // HostConfig.PortBindings keeps "" for a port the engine picks; NetworkSettings.Ports
  // holds the port it picked.
  const portOk = spec.hostPort === null || binding.HostPort === String(spec.hostPort);
  const ipOk =
    spec.hostIp === null
      ? WILDCARDS.has(binding.HostIp)
      : binding.HostIp.toLowerCase() === spec.hostIp.toLowerCase();
  return portOk && ipOk;
}

/**
 * The host address a start failed on because something else holds it, read from the
 * engine's message: "listen tcp4 127.0.0.1:18080: bind: address already in use" or
 * "Bind for 0.0.0.0:18080 failed: port is already allocated".
 */
export function takenHostAddress(message: string): { hostIp: string; hostPort: number } | null {
  if (!/address already in use|port is already allocated/i.test(message)) return null;
  const match = message.match(/(?:listen \w+ |Bind for )(?:\[([^\]]+)\]|([\d.]*)):(\d+)/);
  if (!match) return null;
  return { hostIp: match[1] ?? match[2] ?? "", hostPort: Number(match[3]) };
}
