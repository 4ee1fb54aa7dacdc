import { z } from "zod";
import { repositoryName } from "@/lib/ecr/names";
import { imageTagProblem } from "@/lib/images/reference";
import { imageNameSchema } from "@/lib/images/schemas";

/** `{image, repository, tag}` of POST /api/ecr/push; a bad one is a 400 before any stream. */
export const ecrPushSchema = z.strictObject({
  image: imageNameSchema,
  repository: repositoryName,
  tag: z.string({ message: "give the tag to push as" }).superRefine((tag, ctx) => {
    const problem = imageTagProblem(tag);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }),
});
