import { z } from "zod";
import { checkNewTag, decodeReferenceSegment, imageNameProblem } from "@/lib/images/reference";

// Inputs of the image routes. `{ref}` is one URL-encoded segment: a reference such as
// `localhost%3A5000%2Fteam%2Fapp%3Av1`, or an image id, full or short. A name is
// checked against Docker's grammar before it goes into an engine path, so that no
// control character, space, "?" or "../" reaches the engine client.

/** An existing image by reference or id; the message names the part at fault. */
export const imageNameSchema = z
  .string()
  .min(1, "name an image by reference or id")
  .max(512, "an image reference is at most 512 characters")
  .superRefine((text, ctx) => {
    const problem = imageNameProblem(text);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

export const imageRefParams = z.object({
  ref: z.string().transform(decodeReferenceSegment).pipe(imageNameSchema),
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
