import { taskDefinitionForm } from "@/lib/ecs/task-definitions/form";
import { type FormValues, formBody } from "@/lib/ecs/task-definitions/form-values";

/** The form's problems by field (the first of each), as the server would name them. */
export function formProblems(values: FormValues): Record<string, string> {
  const result = taskDefinitionForm.safeParse(formBody(values));
  if (result.success) return {};
  const problems: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "form");
    problems[field] ??= issue.message;
  }
  return problems;
}
