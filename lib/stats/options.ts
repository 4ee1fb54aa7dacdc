import { z } from "zod";

// The stats routes' inputs. A live stream carries the rows on one screen: the bound
// keeps a crafted URL from opening hundreds of engine streams.

export const MAX_LIVE_STATS = 100;
const containerId = z.string().regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,254}$/);

export const liveQuery = z.object({
  stats: z
    .string()
    .optional()
    .transform((value) => [...new Set((value ?? "").split(",").filter(Boolean))])
    .pipe(z.array(containerId, "a container id is expected").max(MAX_LIVE_STATS)),
});
