// .dockerignore rules as the Docker CLI applies them, shared by the server (folder
// builds, zip uploads) and the browser (a folder chosen in the page). No Node imports.
//
// Rules: patterns are relative to the context root (a leading "/" is dropped); `*`,
// `?` and `[...]` match within one path segment; `**` matches any number of
// directories; a pattern that matches a directory excludes all below it; `!` lines
// are exceptions, and the last pattern that matches a path decides. The Dockerfile
// and the ignore files always travel: the engine needs to read them (case D1).

export interface IgnorePattern {
  /** The cleaned pattern, without its leading "!". */
  text: string;
  exception: boolean;
  regex: RegExp;
}

/** A pattern line that cannot be compiled; `line` is 1-based. */
export class IgnorePatternError extends Error {
  constructor(
    readonly line: number,
    readonly pattern: string,
    readonly file = ".dockerignore",
  ) {
    super(`${file} line ${line}: bad pattern "${pattern}"`);
    this.name = "IgnorePatternError";
  }
}

/** Reads a .dockerignore file into its patterns (comments and blank lines dropped). */
export function parseDockerignore(text: string): IgnorePattern[] {
  const patterns: IgnorePattern[] = [];
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  lines.forEach((raw, index) => {
    let line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const exception = line.startsWith("!");
    if (exception) line = line.slice(1).trim();
    if (line === "") return;
    let cleaned = cleanPath(line);
    if (cleaned.length > 1 && cleaned.startsWith("/")) cleaned = cleaned.slice(1);
    try {
      patterns.push({ text: cleaned, exception, regex: compilePattern(cleaned) });
    } catch {
      throw new IgnorePatternError(index + 1, raw.trim());
    }
  });
  return patterns;
}

/** Go's filepath.Clean for slash-separated paths. */
export function cleanPath(path: string): string {
  const rooted = path.startsWith("/");
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === ".." && parts.length > 0 && parts[parts.length - 1] !== "..") parts.pop();
    else if (part === ".." && rooted) continue;
    else parts.push(part);
  }
  const joined = parts.join("/");
  if (rooted) return `/${joined}`;
  return joined === "" ? "." : joined;
}

const REGEX_SPECIAL = new Set([".", "+", "(", ")", "|", "{", "}", "$"]);

/** Translates one cleaned pattern to an anchored regular expression, as Docker does. */
export function compilePattern(pattern: string): RegExp {
  let source = "^";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern.charAt(i);
    if (ch === "*" && pattern[i + 1] === "*") {
      i += 1;
      if (pattern[i + 1] === "/") i += 1;
      // "**" at the end takes everything; inside, it is any number of directories.
      source += i + 1 >= pattern.length ? ".*" : "(.*/)?";
    } else if (ch === "*") {
      source += "[^/]*";
    } else if (ch === "?") {
      source += "[^/]";
    } else if (ch === "\\") {
      const next = pattern[i + 1];
      i += 1;
      if (next === undefined) source += "\\\\";
      else source += /[A-Za-z0-9]/.test(next) ? next : `\\${next}`;
    } else if (REGEX_SPECIAL.has(ch)) {
      source += `\\${ch}`;
    } else {
      source += ch;
    }
  }
  return new RegExp(`${source}$`);
}
