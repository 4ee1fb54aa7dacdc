import { z } from "zod";
import { repositoryName } from "@/lib/ecr/names";
import { imageTagProblem } from "@/lib/images/reference";
import { imageNameSchema } from "@/lib/images/schemas";

/** `{image, repository, tag}` of POST /api/ecr/push; a bad one is a 400 before any stream. */
export const ecrPushSchema = z.strictObject({
  image: imageNameSchema,
  repository: repositoryName,
  tag: z
    .string({ message: "tag is required: the tag to push the image as" })
    .superRefine((tag, ctx) => {
      // The tag is a field of its own here, not the part of a reference after ":".
      const problem = tag === "" ? "tag must not be empty" : imageTagProblem(tag);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
});
