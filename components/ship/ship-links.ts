import { shortName } from "@/lib/ecs/names";

// Where the pages that start a ship link to: the Ship page, filled in from them.

export const SHIP_LINK =
  "inline-flex items-center rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white " +
  "hover:bg-sky-600";

/** The Ship page for a new version of a service (names, not ARNs). */
export const shipHref = (cluster: string, service: string) =>
  `/ship?${new URLSearchParams({ cluster: shortName(cluster), service: shortName(service) })}`;

/** The Ship page for a local image. */
export const shipImageHref = (image: string) => `/ship?${new URLSearchParams({ image })}`;

/** A service's page. */
export const serviceHref = ({ cluster, service }: { cluster: string; service: string }) =>
  `/ecs/${encodeURIComponent(cluster)}/services/${encodeURIComponent(service)}`;
