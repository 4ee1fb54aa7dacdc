import { z } from "zod";
import { clusterRef } from "@/lib/ecs/names";
import { serviceRef } from "@/lib/ecs/service-schemas";
import { segment } from "@/lib/http/params";

// What the rollout and rollback routes accept.

export const serviceParams = z.object({
  cluster: segment(clusterRef),
  service: segment(serviceRef),
});

export const rollbackParams = serviceParams.extend({
  id: z.uuid("the rollback id is the id its POST answered"),
});

export const rolloutQuery = z.object({
  /** How long the follow waits for steady, in seconds. */
  timeout: z.coerce
    .number({ error: "timeout is a number of seconds" })
    .int("timeout is a whole number of seconds")
    .min(1, "timeout is at least 1 second")
    .max(3600, "timeout is at most 3600 seconds (1 hour)")
    .default(600),
});
