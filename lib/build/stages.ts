import { invalidInput } from "@/lib/errors";

// The engine checks the target stage only after the whole context has been sent,
// and answers with a bare HTTP 400. Reading the stage names from the Dockerfile
// answers the same mistake at once, with the stages that do exist.

const FROM_AS = /^FROM\s+(?:--\S+\s+)*\S+\s+AS\s+(\S+)\s*$/i;

/** The names given with `FROM ... AS <name>`, lowercased as the engine compares them. */
export function stageNames(dockerfile: string): string[] {
  const joined = dockerfile.replace(/\\\r?\n/g, " ");
  const names: string[] = [];
  for (const line of joined.split(/\r?\n/)) {
    const match = FROM_AS.exec(line.trim());
    if (match?.[1]) names.push(match[1].toLowerCase());
  }
  return names;
}

export function checkTargetStage(dockerfile: string, target: string, fileName: string): void {
  const names = stageNames(dockerfile);
  if (names.includes(target.toLowerCase())) return;
  const known = names.length ? `its stages are ${names.join(", ")}` : "it names no stages";
  throw invalidInput(`The target stage "${target}" is not in ${fileName}: ${known}`);
}
