import { z } from "zod";
import { checkImageReference } from "@/lib/images/reference";

/** `{reference}`: checked with Docker's grammar, so a bad one is a 400 before any stream. */
export const pullSchema = z.object({
  reference: z
    .string()
    .max(1000)
    .transform((text, ctx) => {
      const check = checkImageReference(text.trim());
      if (check.ok) return check.reference;
      ctx.addIssue({ code: "custom", message: check.problem });
      return z.NEVER;
    }),
});
