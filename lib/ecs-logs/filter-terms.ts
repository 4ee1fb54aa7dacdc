// The words a CloudWatch filter pattern looks for, so the viewer can mark them in
// the lines CloudWatch found. Only term patterns are read: bare words and quoted
// phrases, `?` alternatives; `-word` excludes and so is not marked; JSON and
// space-delimited patterns (`{ ... }`, `[ ... ]`) mark nothing. CloudWatch matches
// terms case-sensitively, and so does the marking. Pure.

export function filterTerms(pattern: string): string[] {
  const text = pattern.trim();
  if (text === "" || text.startsWith("{") || text.startsWith("[")) return [];
  const terms: string[] = [];
  for (const match of text.matchAll(/(-?)\??"([^"]*)"|(\S+)/g)) {
    const quoted = match[2];
    if (quoted !== undefined) {
      if (match[1] !== "-" && quoted !== "") terms.push(quoted);
      continue;
    }
    const word = (match[3] ?? "").replace(/^\?/, "");
    if (word === "" || word.startsWith("-")) continue;
    terms.push(word);
  }
  return [...new Set(terms)];
}

/** A case-sensitive pattern marking any of the terms; null when there are none. */
export function termsPattern(terms: readonly string[]): RegExp | null {
  if (terms.length === 0) return null;
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(escaped.join("|"), "g");
}
