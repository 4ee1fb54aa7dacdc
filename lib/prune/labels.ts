// Label filters as the engine's `label=` filter reads them: `key` asks for the label
// to be there, `key=value` for that value. Several filters must all hold. Pure.

export const LABEL_FILTER = /^[^=\s]+(=.*)?$/;

export function matchesLabels(
  labels: Readonly<Record<string, string>> | null | undefined,
  filters: readonly string[],
): boolean {
  const own = labels ?? {};
  return filters.every((filter) => {
    const eq = filter.indexOf("=");
    if (eq < 0) return Object.hasOwn(own, filter);
    const key = filter.slice(0, eq);
    return Object.hasOwn(own, key) && own[key] === filter.slice(eq + 1);
  });
}
