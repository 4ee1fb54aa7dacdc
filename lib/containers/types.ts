// What the UI and API clients get for containers. Raw Engine types stay in the
// mappers (list-mapper.ts, detail-mapper.ts); these are the view models.

import type { PortProtocol } from "@/lib/containers/port-spec";

export type ContainerState =
  | "created"
  | "running"
  | "paused"
  | "restarting"
  | "removing"
  | "exited"
  | "dead";

export interface PortView {
  /** null when the port is exposed but not published. */
  hostIp: string | null;
  hostPort: number | null;
  containerPort: number;
  protocol: PortProtocol;
  /** An http link to the binding; null for udp/sctp and unpublished ports. */
  url: string | null;
}

export interface ContainerSummary {
  id: string;
  name: string;
  image: string;
  imageId: string;
  command: string;
  state: ContainerState | string;
  /** The engine's words: "Up 5 minutes", "Exited (0) 2 hours ago". */
  status: string;
  /** ISO 8601. */
  created: string;
  ports: PortView[];
  labelCount: number;
}

export interface EnvVar {
  name: string;
  /** null while masked. */
  value: string | null;
}

export interface ContainerMount {
  type: string;
  name: string | null;
  source: string;
  destination: string;
  mode: string;
  readOnly: boolean;
}

export interface ContainerNetwork {
  name: string;
  ipAddress: string | null;
  gateway: string | null;
  macAddress: string | null;
  aliases: string[];
}

export interface ContainerDetail {
  id: string;
  name: string;
  image: string;
  imageId: string;
  created: string;
  state: {
    status: ContainerState | string;
    running: boolean;
    paused: boolean;
    restarting: boolean;
    oomKilled: boolean;
    exitCode: number;
    error: string | null;
    startedAt: string | null;
    finishedAt: string | null;
    pid: number | null;
    health: string | null;
  };
  config: {
    hostname: string;
    user: string | null;
    workingDir: string | null;
    entrypoint: string[];
    cmd: string[];
    tty: boolean;
  };
  /** Entrypoint and command as one line, as the engine would run them. */
  command: string;
  restartPolicy: { name: string; maximumRetryCount: number };
  envMasked: boolean;
  env: EnvVar[];
  ports: PortView[];
  mounts: ContainerMount[];
  networks: ContainerNetwork[];
  labels: Record<string, string>;
  /** The engine's inspect document, env values masked like `env`. */
  raw: unknown;
}

/** What the run dialog offers as defaults for an image. */
export interface RunDefaults {
  image: string;
  imageId: string;
  /** `8000/tcp`, as the image's EXPOSE lines say. */
  exposedPorts: string[];
  /** Names only: values stay on the server. */
  envNames: string[];
  cmd: string[];
  entrypoint: string[];
  workingDir: string | null;
}

export interface CreatedContainer {
  id: string;
  name: string;
  ports: PortView[];
  /** The engine's state a moment after start: `running`, or `exited` for a run over at once. */
  state: ContainerState | string;
  /** The exit code when the container has already stopped; null while it runs. */
  exitCode: number | null;
  /** Sentences for a person: an exit at once with its code, bindings left unchecked. */
  warnings: string[];
}
