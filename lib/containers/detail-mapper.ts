import { joinCommandLine } from "@/lib/containers/command-line";
import type { EnginePortMap } from "@/lib/containers/engine-ports";
import { portViewsFromMap } from "@/lib/containers/port-view";
import type { ContainerDetail, EnvVar } from "@/lib/containers/types";

// The engine's inspect document as the detail page shows it. Env values may hold
// secrets: they are masked, in the view and in the raw document alike, unless the
// caller asks for them.

export const MASKED = "<masked>";

/** The fields of /containers/{id}/json that Slipway reads. */
export interface RawContainerInspect {
  Id: string;
  Name: string;
  Image: string;
  Created: string;
  Path?: string;
  Args?: string[] | null;
  RestartCount?: number;
  State: {
    Status: string;
    Running: boolean;
    Paused: boolean;
    Restarting: boolean;
    OOMKilled: boolean;
    ExitCode: number;
    Error?: string;
    Pid?: number;
    StartedAt?: string;
    FinishedAt?: string;
    Health?: { Status?: string } | null;
  };
  Config: {
    Hostname?: string;
    User?: string;
    WorkingDir?: string;
    Env?: string[] | null;
    Cmd?: string[] | null;
    Entrypoint?: string[] | null;
    Tty?: boolean;
    Image?: string;
    Labels?: Record<string, string> | null;
  };
  HostConfig?: {
    RestartPolicy?: { Name?: string; MaximumRetryCount?: number } | null;
    PortBindings?: EnginePortMap | null;
  };
  NetworkSettings?: {
    Ports?: EnginePortMap | null;
    Networks?: Record<string, RawNetwork | null> | null;
  };
  Mounts?: RawMount[] | null;
}

interface RawNetwork {
  IPAddress?: string;
  Gateway?: string;
  MacAddress?: string;
  Aliases?: string[] | null;
}

interface RawMount {
  Type?: string;
  Name?: string;
  Source?: string;
  Destination?: string;
  Mode?: string;
  RW?: boolean;
}

/** `NAME=value` lines as name and value; the value is null while masked. */
export function toEnvVars(lines: readonly string[] | null | undefined, reveal: boolean): EnvVar[] {
  return (lines ?? []).map((line) => {
    const eq = line.indexOf("=");
    const name = eq < 0 ? line : line.slice(0, eq);
    const value = eq < 0 ? "" : line.slice(eq + 1);
    return { name, value: reveal ? value : null };
  });
}

const orNull = (value: string | undefined | null) => (value ? value : null);
// The engine writes "0001-01-01T00:00:00Z" for "never".
const timeOrNull = (value: string | undefined) =>
  value && !value.startsWith("0001-") ? value : null;

export function toContainerDetail(raw: RawContainerInspect, revealEnv: boolean): ContainerDetail {
  const entrypoint = raw.Config.Entrypoint ?? [];
  const cmd = raw.Config.Cmd ?? [];
  return {
    id: raw.Id,
    name: raw.Name.replace(/^\//, ""),
    image: raw.Config.Image ?? raw.Image,
    imageId: raw.Image,
    created: raw.Created,
    state: {
      status: raw.State.Status,
      running: raw.State.Running,
      paused: raw.State.Paused,
      restarting: raw.State.Restarting,
      oomKilled: raw.State.OOMKilled,
      exitCode: raw.State.ExitCode,
      error: orNull(raw.State.Error),
      startedAt: timeOrNull(raw.State.StartedAt),
      finishedAt: timeOrNull(raw.State.FinishedAt),
      pid: raw.State.Pid ? raw.State.Pid : null,
      health: raw.State.Health?.Status ?? null,
    },
    config: {
      hostname: raw.Config.Hostname ?? "",
      user: orNull(raw.Config.User),
      workingDir: orNull(raw.Config.WorkingDir),
      entrypoint,
      cmd,
      tty: raw.Config.Tty ?? false,
    },
    command: joinCommandLine([...entrypoint, ...cmd]),
    restartPolicy: {
      name: orNull(raw.HostConfig?.RestartPolicy?.Name) ?? "no",
      maximumRetryCount: raw.HostConfig?.RestartPolicy?.MaximumRetryCount ?? 0,
    },
    envMasked: !revealEnv,
    env: toEnvVars(raw.Config.Env, revealEnv),
    ports: portViewsFromMap(raw.NetworkSettings?.Ports),
    mounts: (raw.Mounts ?? []).map((m) => ({
      type: m.Type ?? "bind",
      name: orNull(m.Name),
      source: m.Source ?? "",
      destination: m.Destination ?? "",
      mode: m.Mode ?? "",
      readOnly: m.RW === false,
    })),
    networks: Object.entries(raw.NetworkSettings?.Networks ?? {}).map(([name, n]) => ({
      name,
      ipAddress: orNull(n?.IPAddress),
      gateway: orNull(n?.Gateway),
      macAddress: orNull(n?.MacAddress),
      aliases: n?.Aliases ?? [],
    })),
    labels: raw.Config.Labels ?? {},
    raw: revealEnv ? raw : maskRawEnv(raw),
  };
}

function maskRawEnv(raw: RawContainerInspect): RawContainerInspect {
  const env = toEnvVars(raw.Config.Env, false).map((v) => `${v.name}=${MASKED}`);
  return { ...raw, Config: { ...raw.Config, Env: raw.Config.Env ? env : raw.Config.Env } };
}
