import type { EnginePortMap } from "@/lib/containers/engine-ports";
import { bracketed, PORT_PROTOCOLS, type PortProtocol } from "@/lib/containers/port-spec";
import type { PortView } from "@/lib/containers/types";

// Port bindings as the UI shows them. The engine reports a wildcard binding twice
// (0.0.0.0 and ::, same host port); a person sees it once.

/** The ports of /containers/json. */
export interface RawListPort {
  IP?: string;
  PrivatePort: number;
  PublicPort?: number;
  Type: string;
}

const WILDCARD_IPS = new Set(["", "0.0.0.0", "::"]);

/** http://127.0.0.1:port for wildcard bindings, the bound address otherwise; tcp only. */
export function portUrl(hostIp: string | null, hostPort: number | null, protocol: string) {
  if (hostPort === null || protocol !== "tcp") return null;
  const host = hostIp === null || WILDCARD_IPS.has(hostIp) ? "127.0.0.1" : bracketed(hostIp);
  return `http://${host}:${hostPort}`;
}

function portView(
  hostIp: string | null,
  hostPort: number | null,
  containerPort: number,
  protocol: string,
): PortView {
  const proto: PortProtocol = (PORT_PROTOCOLS as readonly string[]).includes(protocol)
    ? (protocol as PortProtocol)
    : "tcp";
  return {
    hostIp,
    hostPort,
    containerPort,
    protocol: proto,
    url: portUrl(hostIp, hostPort, proto),
  };
}

/** Ports from the container list, the 0.0.0.0 / :: pair merged, sorted. */
export function toPortViews(raw: readonly RawListPort[] | null | undefined): PortView[] {
  const views = (raw ?? []).map((p) =>
    p.PublicPort
      ? portView(p.IP ?? "", p.PublicPort, p.PrivatePort, p.Type)
      : portView(null, null, p.PrivatePort, p.Type),
  );
  return dedupe(views);
}

/** Ports from inspect's NetworkSettings.Ports (`{"80/tcp": [{HostIp, HostPort}] | null}`). */
export function portViewsFromMap(map: EnginePortMap | null | undefined): PortView[] {
  const views: PortView[] = [];
  for (const [key, bindings] of Object.entries(map ?? {})) {
    const [port = "0", protocol = "tcp"] = key.split("/");
    const containerPort = Number(port);
    if (!bindings || bindings.length === 0) {
      views.push(portView(null, null, containerPort, protocol));
      continue;
    }
    for (const b of bindings) {
      const hostPort = b.HostPort ? Number(b.HostPort) : null;
      views.push(portView(b.HostIp, hostPort, containerPort, protocol));
    }
  }
  return dedupe(views);
}

function dedupe(views: PortView[]): PortView[] {
  const seen = new Set<string>();
  const kept: PortView[] = [];
  for (const view of views.sort(byPort)) {
    const ip = view.hostIp !== null && WILDCARD_IPS.has(view.hostIp) ? "*" : view.hostIp;
    const key = `${ip}|${view.hostPort}|${view.containerPort}/${view.protocol}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(view.hostIp === "" ? { ...view, hostIp: "0.0.0.0" } : view);
  }
  return kept;
}

function byPort(a: PortView, b: PortView): number {
  return (
    a.containerPort - b.containerPort ||
    a.protocol.localeCompare(b.protocol) ||
    (a.hostPort ?? 0) - (b.hostPort ?? 0) ||
    // IPv4 before IPv6 so that a merged wildcard pair reads as 0.0.0.0.
    ordinal(a.hostIp ?? "", b.hostIp ?? "")
  );
}

const ordinal = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
