import { z } from "zod";
import { segment } from "@/lib/http/params";
import { checkAddressing } from "@/lib/networks/addressing";
import { labelMap } from "@/lib/volumes/schemas";

// Inputs of the network routes. A network is named in the path by id (or a unique
// prefix of it) or by name, one segment.

const NAME_RULE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
const NAME_HINT = "must start with a letter or digit and hold only letters, digits, _ . -";

const networkRef = z.string().max(255).regex(NAME_RULE, `a network id or name ${NAME_HINT}`);

export const networkParams = z.object({ id: segment(networkRef) });

export const createNetworkBody = z
  .strictObject({
    name: z.string().max(255).regex(NAME_RULE, `the name ${NAME_HINT}`),
    subnet: z.string().trim().min(1).max(64).optional(),
    gateway: z.string().trim().min(1).max(64).optional(),
    ipRange: z.string().trim().min(1).max(64).optional(),
    internal: z.boolean().optional(),
    attachable: z.boolean().optional(),
    labels: labelMap.optional(),
  })
  .superRefine((input, ctx) => {
    for (const problem of checkAddressing(input)) {
      ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message });
    }
  });

export type CreateNetworkInput = z.infer<typeof createNetworkBody>;

const containerRef = z.string().max(255).regex(NAME_RULE, `a container id or name ${NAME_HINT}`);

export const connectBody = z.strictObject({ container: containerRef });

export const disconnectBody = z.strictObject({
  container: containerRef,
  /** Disconnect even when the engine cannot reach the container's endpoint cleanly. */
  force: z.boolean().optional(),
});
