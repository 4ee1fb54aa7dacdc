// A structural diff of two task definitions' registerable parts (after clean-up, so
// ARNs, revisions and timestamps never show as changes). Lists of named things are
// matched by name rather than by position, so adding a container or an environment
// variable in the middle reads as one addition, not as every later entry changing.
// Pure.

export interface DefinitionChange {
  /** e.g. `cpu`, `containerDefinitions[web].environment[MODE].value`. */
  path: string;
  kind: "added" | "removed" | "changed";
  from?: unknown;
  to?: unknown;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === "object" && v !== null && !Array.isArray(v);

export function diffDefinitions(from: unknown, to: unknown): DefinitionChange[] {
  const changes: DefinitionChange[] = [];
  walk(from, to, "", changes);
  return changes;
}

function walk(a: unknown, b: unknown, path: string, changes: DefinitionChange[]): void {
  if (a === undefined && b === undefined) return;
  if (a === undefined) {
    changes.push({ path, kind: "added", to: b });
    return;
  }
  if (b === undefined) {
    changes.push({ path, kind: "removed", from: a });
    return;
  }
  if (isObject(a) && isObject(b)) {
    const keys = [...Object.keys(a), ...Object.keys(b).filter((k) => !(k in a))];
    for (const key of keys) walk(a[key], b[key], path ? `${path}.${key}` : key, changes);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    walkList(a, b, path, changes);
    return;
  }
  if (!sameValue(a, b)) changes.push({ path, kind: "changed", from: a, to: b });
}

function walkList(a: unknown[], b: unknown[], path: string, changes: DefinitionChange[]): void {
  const keyOf = listKey(a, b);
  if (!keyOf) {
    // Lists of plain values (a command, compatibilities) are one value each.
    if (a.every((v) => !isObject(v)) && b.every((v) => !isObject(v))) {
      if (!sameValue(a, b)) changes.push({ path, kind: "changed", from: a, to: b });
      return;
    }
    const length = Math.max(a.length, b.length);
    for (let i = 0; i < length; i += 1) walk(a[i], b[i], `${path}[${i}]`, changes);
    return;
  }
  const byKey = (list: unknown[]) => new Map(list.map((item) => [keyOf(item as Json), item]));
  const left = byKey(a);
  const right = byKey(b);
  const keys = [...left.keys(), ...[...right.keys()].filter((k) => !left.has(k))];
  for (const key of keys) walk(left.get(key), right.get(key), `${path}[${key}]`, changes);
}

/** How entries of a list are told apart, when every entry has such a key, uniquely. */
function listKey(a: unknown[], b: unknown[]): ((item: Json) => string) | null {
  const all = [...a, ...b];
  if (all.length === 0 || !all.every(isObject)) return null;
  const candidates: Array<(item: Json) => string | undefined> = [
    (item) => (typeof item.name === "string" ? item.name : undefined),
    (item) => (typeof item.key === "string" ? item.key : undefined),
    (item) =>
      typeof item.containerPort === "number"
        ? `${item.containerPort}/${typeof item.protocol === "string" ? item.protocol : "tcp"}`
        : undefined,
  ];
  for (const candidate of candidates) {
    const unique = (list: unknown[]) => {
      const keys = list.map((item) => candidate(item as Json));
      return keys.every((k) => k !== undefined) && new Set(keys).size === keys.length;
    };
    if (unique(a) && unique(b)) return (item) => candidate(item) as string;
  }
  return null;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
