// What the UI and API clients get for networks. Engine documents stay in mapper.ts.

export interface NetworkSubnet {
  subnet: string;
  gateway: string | null;
  ipRange: string | null;
}

/** A container attached to the network: connected while running, configured when not. */
export interface NetworkMember {
  id: string;
  name: string;
  state: string;
  /** The container's address on this network, without prefix; null while not running. */
  ipv4: string | null;
  ipv6: string | null;
  macAddress: string | null;
}

export interface NetworkSummary {
  id: string;
  shortId: string;
  name: string;
  driver: string;
  scope: string;
  internal: boolean;
  attachable: boolean;
  ipv6: boolean;
  /** ISO 8601, or null when the engine does not say. */
  created: string | null;
  labels: Record<string, string>;
  subnets: NetworkSubnet[];
  /** bridge, host and none: made by the engine, never removed. */
  predefined: boolean;
  containers: NetworkMember[];
}

export interface NetworkDetails extends NetworkSummary {
  options: Record<string, string>;
  ipamDriver: string;
}
