import { invalidInput } from "@/lib/errors";

// The run dialog's command override is one line of text; the engine wants argv. Words
// split as a POSIX shell splits them (quotes and backslashes), without expansion:
// `sh -c "httpd -f -p 8000"` -> ["sh", "-c", "httpd -f -p 8000"].

export function splitCommandLine(line: string): string[] {
  const words: string[] = [];
  let word = "";
  let inWord = false;
  let quote: "'" | '"' | null = null;

  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i] as string;
    if (quote === "'") {
      if (ch === "'") quote = null;
      else word += ch;
    } else if (quote === '"') {
      if (ch === '"') quote = null;
      else if (ch === "\\" && /["\\$`]/.test(line[i + 1] ?? "")) word += line[++i];
      else word += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      inWord = true;
    } else if (ch === "\\") {
      word += line[++i] ?? "";
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (quote) throw invalidInput(`The command has an unclosed ${quote} quote`);
  if (inWord) words.push(word);
  return words;
}

/** argv as one line that splitCommandLine reads back to the same words. */
export function joinCommandLine(words: readonly string[]): string {
  return words
    .map((w) => (w !== "" && /^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`))
    .join(" ");
}
