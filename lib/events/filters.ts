import { z } from "zod";

// Filters of GET /api/docker/events, passed on to the engine as its own `filters`
// (type=..., event=...) and `since`, so that the engine sends only what a page shows.
// Lists are comma-separated in the query: `?type=container,network&action=start,die`.

export const EVENT_TYPES = [
  "container",
  "image",
  "volume",
  "network",
  "daemon",
  "plugin",
  "service",
  "node",
  "secret",
  "config",
] as const;

const commaList = z
  .string()
  .optional()
  .transform((text) =>
    (text ?? "")
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean),
  );

export const eventsQuery = z.object({
  type: commaList.pipe(
    z.array(z.enum(EVENT_TYPES, { error: `a type is one of ${EVENT_TYPES.join(", ")}` })).max(16),
  ),
  action: commaList.pipe(
    z
      .array(
        z
          .string()
          .max(64)
          .regex(/^[a-z_]+$/, "an action is a word such as start or die"),
      )
      .max(32),
  ),
  /** Unix seconds: the engine first replays the events it still holds from then on. */
  since: z.coerce.number().int().min(0).optional(),
});

export type EventsQuery = z.infer<typeof eventsQuery>;

/** The engine's getEvents options for these filters. */
export function toEngineEventOptions(query: EventsQuery): {
  filters?: Record<string, string[]>;
  since?: number;
} {
  const filters: Record<string, string[]> = {};
  if (query.type.length > 0) filters.type = query.type;
  if (query.action.length > 0) filters.event = query.action;
  return {
    ...(Object.keys(filters).length > 0 && { filters }),
    ...(query.since !== undefined && { since: query.since }),
  };
}
