import { z } from "zod";
import { checkNewTag, decodeReferenceSegment } from "@/lib/images/reference";

// Inputs of the image routes. `{ref}` is one URL-encoded segment: a reference such as
// `localhost%3A5000%2Fteam%2Fapp%3Av1`, or an image id, full or short.

export const imageRefParams = z.object({
  ref: z
    .string()
    .min(1, "name an image by reference or id")
    .max(512)
    .transform(decodeReferenceSegment),
});

const booleanFlag = z
  .enum(["true", "false"], { message: 'use "true" or "false"' })
  .optional()
  .transform((value) => value === "true");

export const removeImageQuery = z.object({ force: booleanFlag });

export const tagImageBody = z.object({
  tag: z.string({ message: "give the new name as repository[:tag]" }).superRefine((text, ctx) => {
    const check = checkNewTag(text);
    if (!check.ok) ctx.addIssue({ code: "custom", message: check.problem });
  }),
});
