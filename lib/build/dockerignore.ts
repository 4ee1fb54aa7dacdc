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
  ) {
    super(`.dockerignore line ${line}: bad pattern "${pattern}"`);
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

export interface ContextFilter {
  /** Whether the rules exclude this path (a file or a directory), parents included. */
  excludes(path: string): boolean;
  /** Whether an excluded directory must still be walked: an exception or a kept file is inside. */
  walksInto(dir: string): boolean;
  /** The full decision for one path of a flat list (a browser folder, a zip). */
  includes(path: string): boolean;
}

/**
 * Builds the filter for a context. `keep` lists the paths that travel whatever the rules
 * say (the Dockerfile and the ignore files).
 */
export function contextFilter(patterns: IgnorePattern[], keep: string[] = []): ContextFilter {
  const kept = new Set(keep.map(cleanPath));
  const exceptions = patterns.filter((p) => p.exception);

  const excludes = (path: string): boolean => {
    const file = cleanPath(path);
    if (kept.has(file)) return false;
    const parents = ancestorsOf(file);
    let matched = false;
    for (const pattern of patterns) {
      // An exclusion cannot change a path already excluded, nor an exception one kept.
      if (pattern.exception !== matched) continue;
      const hit = pattern.regex.test(file) || parents.some((dir) => pattern.regex.test(dir));
      if (hit) matched = !pattern.exception;
    }
    return matched;
  };

  // Docker walks into an excluded directory only when an exception names a path
  // below it literally: "!dir/keep.txt" does, "!**/keep.txt" does not.
  const walksInto = (dir: string): boolean => {
    const prefix = `${cleanPath(dir)}/`;
    if ([...kept].some((path) => path.startsWith(prefix))) return true;
    return exceptions.some((p) => `${p.text}/`.startsWith(prefix));
  };

  const includes = (path: string): boolean => {
    const file = cleanPath(path);
    if (kept.has(file)) return true;
    for (const dir of ancestorsOf(file)) {
      if (excludes(dir) && !walksInto(dir)) return false;
    }
    return !excludes(file);
  };

  return { excludes, walksInto, includes };
}

/** "a/b/c" -> ["a", "a/b"]. */
function ancestorsOf(path: string): string[] {
  const parts = path.split("/");
  const dirs: string[] = [];
  for (let i = 1; i < parts.length; i++) dirs.push(parts.slice(0, i).join("/"));
  return dirs;
}

/**
 * The ignore files to look for, in order of precedence: `<Dockerfile>.dockerignore`
 * beside the Dockerfile, then `.dockerignore` at the context root.
 */
export function ignoreFileCandidates(dockerfile: string): string[] {
  return [`${cleanPath(dockerfile)}.dockerignore`, ".dockerignore"];
}

/** The paths that always travel in the context, whatever the rules say. */
export function alwaysSent(dockerfile: string, ignoreFile: string | null): string[] {
  const paths = [cleanPath(dockerfile), ".dockerignore"];
  if (ignoreFile) paths.push(cleanPath(ignoreFile));
  return paths;
}
