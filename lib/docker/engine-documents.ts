// The engine's list documents (GET /containers/json, /volumes, /networks, /system/df),
// only the fields Slipway's volume, network, disk-usage and prune mappers read. Every
// field may be missing or null on some engine version, so all are optional there.
// Types only: the browser bundle never sees these, the mappers turn them into views.

export interface EngineMount {
  Type?: string;
  Name?: string;
  Source?: string;
  Destination?: string;
  RW?: boolean;
}

export interface EngineEndpoint {
  /** Empty for a container that is not running: it names the network by its key only. */
  NetworkID?: string;
  IPAddress?: string;
  IPPrefixLen?: number;
  GlobalIPv6Address?: string;
  MacAddress?: string;
}

export interface EngineContainer {
  Id: string;
  Names?: string[] | null;
  ImageID?: string;
  Image?: string;
  State?: string;
  Labels?: Record<string, string> | null;
  /** Bytes the container's writable layer holds; only /system/df (or size=1) fills it. */
  SizeRw?: number;
  Mounts?: EngineMount[] | null;
  NetworkSettings?: { Networks?: Record<string, EngineEndpoint | null> | null } | null;
}

export interface EngineImage {
  Id: string;
  RepoTags?: string[] | null;
  RepoDigests?: string[] | null;
  Created: number;
  Size: number;
  /** Bytes shared with other images; -1 when the engine did not compute it. */
  SharedSize?: number;
  Labels?: Record<string, string> | null;
  /** Containers made from the image; -1 when the engine did not count them. */
  Containers?: number;
}

export interface EngineVolume {
  Name: string;
  Driver?: string;
  Mountpoint?: string;
  CreatedAt?: string;
  Scope?: string;
  Labels?: Record<string, string> | null;
  Options?: Record<string, string> | null;
  Status?: Record<string, unknown> | null;
  /** Size -1 and RefCount -1 when the engine does not know (another driver). */
  UsageData?: { Size: number; RefCount: number } | null;
}

export interface EngineIpamConfig {
  Subnet?: string;
  Gateway?: string;
  IPRange?: string;
}

export interface EngineNetworkContainer {
  Name?: string;
  IPv4Address?: string;
  IPv6Address?: string;
  MacAddress?: string;
}

export interface EngineNetwork {
  Id: string;
  Name: string;
  Driver?: string;
  Scope?: string;
  Created?: string;
  Internal?: boolean;
  Attachable?: boolean;
  EnableIPv6?: boolean;
  IPAM?: { Driver?: string; Config?: EngineIpamConfig[] | null } | null;
  Labels?: Record<string, string> | null;
  Options?: Record<string, string> | null;
  /** Only inspect fills this, and only with running containers. */
  Containers?: Record<string, EngineNetworkContainer> | null;
}

export interface EngineBuildCacheRecord {
  ID: string;
  Type?: string;
  Description?: string;
  InUse?: boolean;
  Shared?: boolean;
  Size?: number;
  CreatedAt?: string;
  LastUsedAt?: string | null;
  UsageCount?: number;
}

/** GET /system/df. */
export interface EngineDiskUsage {
  LayersSize?: number;
  Images?: EngineImage[] | null;
  Containers?: EngineContainer[] | null;
  Volumes?: EngineVolume[] | null;
  /** null on an engine without BuildKit. */
  BuildCache?: EngineBuildCacheRecord[] | null;
}
