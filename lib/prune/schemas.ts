import { z } from "zod";
import { LABEL_FILTER } from "@/lib/prune/labels";
import { PRUNE_KINDS } from "@/lib/prune/types";

// The prune request. A preview plans and keeps the plan; a run names that plan by id
// and removes exactly its items. A run without a planId plans and removes at once.

const kinds = z
  .array(z.enum(PRUNE_KINDS))
  .min(1, "choose at least one kind")
  .transform((list) => PRUNE_KINDS.filter((kind) => list.includes(kind)));

const labels = z
  .array(
    z
      .string()
      .max(512)
      .regex(LABEL_FILTER, "a label filter is key or key=value, key without spaces"),
  )
  .max(20);

export const pruneBody = z
  .strictObject({
    preview: z.boolean({ error: "preview is true (plan only) or false (remove)" }),
    planId: z.uuid("planId is the id a preview answered").optional(),
    kinds: kinds.optional(),
    dangling: z.boolean().optional(),
    labels: labels.optional(),
  })
  .superRefine((body, ctx) => {
    if (body.preview && body.planId) {
      ctx.addIssue({ code: "custom", path: ["planId"], message: "a preview takes no planId" });
    }
    if (!body.planId && !body.kinds) {
      ctx.addIssue({ code: "custom", path: ["kinds"], message: "choose at least one kind" });
    }
  });

export type PruneRequest = z.infer<typeof pruneBody>;
