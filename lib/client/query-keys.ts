// Query keys come from these factories so that invalidation by engine events and
// the pages that read the data agree on one shape.
export const dockerKeys = {
  all: ["docker"] as const,
  images: () => [...dockerKeys.all, "images"] as const,
  image: (ref: string) => [...dockerKeys.images(), ref] as const,
  containers: () => [...dockerKeys.all, "containers"] as const,
  container: (id: string) => [...dockerKeys.containers(), id] as const,
  volumes: () => [...dockerKeys.all, "volumes"] as const,
  networks: () => [...dockerKeys.all, "networks"] as const,
};

export const healthKey = ["health"] as const;

/** Which cached lists an engine event of this type makes stale. */
export function keysForEventType(type: string): ReadonlyArray<readonly string[]> {
  switch (type) {
    case "container":
      // Containers change the "used by" column of images too.
      return [dockerKeys.containers(), dockerKeys.images()];
    case "image":
      return [dockerKeys.images()];
    case "volume":
      return [dockerKeys.volumes()];
    case "network":
      return [dockerKeys.networks()];
    default:
      return [];
  }
}
