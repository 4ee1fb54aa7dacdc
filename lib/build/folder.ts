import "server-only";
import type { Dirent, Stats } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { type ContextFilter, readContextFilter } from "@/lib/build/context-filter";
import { IgnorePatternError } from "@/lib/build/dockerignore";
import { checkTargetStage } from "@/lib/build/stages";
import { AppError, invalidInput, notFound } from "@/lib/errors";

// A build context read from a folder on the machine that runs Slipway, as
// `docker build <folder>` reads it: the folder is walked once up front (names and
// sizes only), so that every problem the user can fix is answered before the build
// starts, and the file contents are streamed later (lib/build/context.ts).

export interface ContextEntry {
  /** Slash-separated path inside the context. */
  name: string;
  absolute: string;
  kind: "file" | "directory" | "symlink";
  size: number;
  mode: number;
  mtime: Date;
  linkname?: string;
}

export interface FolderContext {
  root: string;
  dockerfile: string;
  ignoreFile: string | null;
  entries: ContextEntry[];
  /** Bytes the tar will take (headers, padded contents, end blocks). */
  tarSize: number;
}

/** Checks the folder, Dockerfile, ignore rules and target, then lists what will be sent. */
export async function readFolderContext(
  context: string,
  dockerfile: string,
  target?: string,
): Promise<FolderContext> {
  const root = await resolveRoot(context);
  const dockerfilePath = path.join(root, dockerfile);
  const dockerfileText = await readDockerfile(dockerfilePath, context, dockerfile);
  if (target) checkTargetStage(dockerfileText, target, dockerfile);

  const { filter, ignoreFile } = await readIgnoreRules(root, dockerfile);
  const entries: ContextEntry[] = [];
  await walk(root, "", filter, entries);
  const tarSize = entries.reduce((sum, e) => sum + 512 + Math.ceil(e.size / 512) * 512, 1024);
  return { root, dockerfile: path.posix.normalize(dockerfile), ignoreFile, entries, tarSize };
}

async function resolveRoot(context: string): Promise<string> {
  let stats: Stats;
  try {
    stats = await fs.stat(context);
  } catch (error) {
    throw fsError(error, `The build context folder ${context} does not exist`, context);
  }
  if (!stats.isDirectory()) {
    throw invalidInput(`The build context ${context} is not a folder`);
  }
  // Only the root is resolved: links inside the context travel as links.
  return fs.realpath(context);
}

async function readDockerfile(file: string, context: string, dockerfile: string) {
  try {
    const stats = await fs.stat(file);
    if (!stats.isFile()) throw invalidInput(`${dockerfile} in ${context} is not a file`);
    return await fs.readFile(file, "utf8");
  } catch (error) {
    throw fsError(error, `There is no ${dockerfile} in ${context}`, file);
  }
}

async function readIgnoreRules(root: string, dockerfile: string) {
  const read = async (candidate: string) => {
    try {
      return await fs.readFile(path.join(root, candidate), "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw fsError(error, `Cannot read ${candidate}`, candidate);
    }
  };
  try {
    return await readContextFilter(dockerfile, read);
  } catch (error) {
    if (error instanceof IgnorePatternError) throw invalidInput(error.message);
    throw error;
  }
}

// Entries are listed in name order, as `docker build` sends them.
async function walk(root: string, dir: string, filter: ContextFilter, out: ContextEntry[]) {
  let children: Dirent[];
  try {
    children = await fs.readdir(path.join(root, dir), { withFileTypes: true });
  } catch (error) {
    throw fsError(error, `Cannot read the folder ${dir || "."} of the context`, dir);
  }
  children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  for (const child of children) {
    const name = dir ? `${dir}/${child.name}` : child.name;
    const absolute = path.join(root, name);
    const excluded = filter.excludes(name);
    if (child.isDirectory()) {
      if (!excluded) out.push(await entryFor(name, absolute, "directory"));
      if (!excluded || filter.walksInto(name)) await walk(root, name, filter, out);
    } else if (!excluded && child.isSymbolicLink()) {
      out.push(await entryFor(name, absolute, "symlink"));
    } else if (!excluded && child.isFile()) {
      out.push(await entryFor(name, absolute, "file"));
    }
    // Sockets, pipes and devices have no place in an image build: left out.
  }
}

async function entryFor(name: string, absolute: string, kind: ContextEntry["kind"]) {
  try {
    const stats = await fs.lstat(absolute);
    const entry: ContextEntry = {
      name,
      absolute,
      kind,
      size: kind === "file" ? stats.size : 0,
      mode: stats.mode & 0o7777,
      mtime: stats.mtime,
    };
    if (kind === "symlink") entry.linkname = await fs.readlink(absolute);
    if (kind === "file") await fs.access(absolute, fs.constants.R_OK);
    return entry;
  } catch (error) {
    throw fsError(error, `Cannot read ${name} in the context`, name);
  }
}

function fsError(error: unknown, missing: string, what: string): AppError {
  if (error instanceof AppError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR") return notFound(missing);
  if (code === "EACCES" || code === "EPERM") {
    return new AppError("forbidden", `Slipway may not read ${what}: permission denied`);
  }
  throw error;
}
