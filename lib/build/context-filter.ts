import {
  cleanPath,
  type IgnorePattern,
  IgnorePatternError,
  parseDockerignore,
} from "@/lib/build/dockerignore";

// What a build context sends: the .dockerignore rules applied to its paths, with the
// Dockerfile and the ignore files always sent. Shared by folder, zip and browser
// contexts. No Node imports.

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

/**
 * The filter from the first ignore file `read` finds (null: no such file), or one
 * that sends everything. A bad pattern throws IgnorePatternError naming that file.
 */
export async function readContextFilter(
  dockerfile: string,
  read: (candidate: string) => Promise<string | null>,
): Promise<{ filter: ContextFilter; ignoreFile: string | null }> {
  for (const candidate of ignoreFileCandidates(dockerfile)) {
    const rules = await read(candidate);
    if (rules === null) continue;
    let patterns: IgnorePattern[];
    try {
      patterns = parseDockerignore(rules);
    } catch (error) {
      if (!(error instanceof IgnorePatternError)) throw error;
      throw new IgnorePatternError(error.line, error.pattern, candidate);
    }
    return {
      filter: contextFilter(patterns, alwaysSent(dockerfile, candidate)),
      ignoreFile: candidate,
    };
  }
  return { filter: contextFilter([], alwaysSent(dockerfile, null)), ignoreFile: null };
}
