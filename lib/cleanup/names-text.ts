import { CONFIRMED_NAME } from "@/lib/cleanup/schemas";

// The Cleanup form's names boxes, one name a line, read into the request's `names`.
// Each line is checked here with the API's own schema, so a mistake is reported with
// the user's own line number (blank lines count), not an index into a filtered list.

export type NameKind = keyof typeof CONFIRMED_NAME;
export type NamesText = Partial<Record<NameKind, string>>;

export interface ReadNames {
  /** The request's `names`, or null when none were given. */
  names: Record<string, unknown> | null;
  /** One message a bad line: "<label> line 4: <line>: <problem>". */
  errors: string[];
}

export function readNamesText(text: NamesText, labels: Record<NameKind, string>): ReadNames {
  const names: Record<string, unknown[]> = {};
  const errors: string[] = [];
  for (const key of Object.keys(CONFIRMED_NAME) as NameKind[]) {
    (text[key] ?? "").split("\n").forEach((raw, index) => {
      const line = raw.trim();
      if (line === "") return;
      const where = `${labels[key]} line ${index + 1}: ${line}`;
      const value = key === "services" ? serviceOf(line) : line;
      if (value === null) {
        errors.push(`${where}: write cluster/service, with a "/" between them`);
        return;
      }
      const parsed = CONFIRMED_NAME[key].safeParse(value);
      if (!parsed.success) {
        errors.push(`${where}: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
        return;
      }
      names[key] = [...(names[key] ?? []), parsed.data];
    });
  }
  return { names: Object.keys(names).length > 0 ? names : null, errors };
}

function serviceOf(line: string): { cluster: string; service: string } | null {
  const slash = line.indexOf("/");
  if (slash <= 0 || slash === line.length - 1) return null;
  return { cluster: line.slice(0, slash).trim(), service: line.slice(slash + 1).trim() };
}
