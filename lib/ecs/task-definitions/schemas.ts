import { z } from "zod";
import { appName } from "@/lib/aws/tags";
import { taskDefinitionForm } from "@/lib/ecs/task-definitions/form";
import { familyName, revisionRef } from "@/lib/ecs/task-definitions/names";
import { segment } from "@/lib/http/params";

// The inputs of the task definition routes.

export const refParams = z.object({ ref: segment(z.string()).pipe(revisionRef) });

export const listQuery = z.object({
  status: z.enum(["ACTIVE", "INACTIVE", "DELETE_IN_PROGRESS"]).default("ACTIVE"),
  family: familyName.optional(),
});

export const diffQuery = z.object({ from: revisionRef, to: revisionRef });

export type RegisterRequest =
  | { kind: "form"; form: z.infer<typeof taskDefinitionForm> }
  | { kind: "json"; pasted: unknown; app?: string };

/**
 * `{form}` (the form's fields), `{definition, app?}`, or the pasted JSON itself:
 * describe output or a RegisterTaskDefinition input.
 */
export const registerBody = z
  .record(z.string(), z.unknown())
  .transform((body, ctx): RegisterRequest => {
    if ("form" in body) {
      const form = taskDefinitionForm.safeParse(body.form);
      if (form.success) return { kind: "form", form: form.data };
      for (const issue of form.error.issues) {
        ctx.addIssue({ code: "custom", path: ["form", ...issue.path], message: issue.message });
      }
      return z.NEVER;
    }
    if ("definition" in body) {
      const app = appName.optional().safeParse(body.app);
      if (!app.success) {
        ctx.addIssue({
          code: "custom",
          path: ["app"],
          message: app.error.issues[0]?.message ?? "",
        });
        return z.NEVER;
      }
      return { kind: "json", pasted: body.definition, app: app.data };
    }
    return { kind: "json", pasted: body };
  });
