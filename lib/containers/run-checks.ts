import { splitCommandLine } from "@/lib/containers/command-line";
import { commandSchema, containerNameSchema, envNameSchema } from "@/lib/containers/schemas";
import { schemaProblem } from "@/lib/http/issues";

// The run dialog's checks as the user types, with the schemas the API applies, so a
// form the dialog lets through is one the server takes. Pure.

/** An empty name is fine: the engine picks one. */
export function containerNameProblem(name: string): string | null {
  const trimmed = name.trim();
  return trimmed === "" ? null : schemaProblem(containerNameSchema, trimmed);
}

export function envNameProblem(name: string): string | null {
  return schemaProblem(envNameSchema, name.trim());
}

/** An empty command is fine: the image's own runs. */
export function commandLineProblem(line: string): string | null {
  let words: string[];
  try {
    words = splitCommandLine(line);
  } catch (error) {
    return (error as Error).message;
  }
  return schemaProblem(commandSchema, words);
}
