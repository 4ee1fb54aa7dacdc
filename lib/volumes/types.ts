// What the UI and API clients get for volumes. Engine documents stay in mapper.ts.

/** A container whose configuration mounts the volume, whatever its state. */
export interface VolumeUser {
  id: string;
  name: string;
  state: string;
  /** Where the volume is mounted inside the container. */
  destination: string;
  readOnly: boolean;
}

export interface VolumeSummary {
  name: string;
  driver: string;
  mountpoint: string;
  /** ISO 8601, or null when the driver does not say. */
  created: string | null;
  scope: string;
  labels: Record<string, string>;
  /** Bytes, from the engine's disk usage; null when the engine does not know. */
  size: number | null;
  /** Containers using it, any state: the engine refuses to remove it while any do. */
  containers: VolumeUser[];
}

export interface VolumeDetails extends VolumeSummary {
  options: Record<string, string>;
  /** Driver-specific status, as the engine gives it. */
  status: Record<string, unknown>;
}
