// Helpers for build tests: throwaway context folders, archives of them, and calls
// to the build routes read to their last line.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import tar from "tar-stream";
import yazl from "yazl";
import { docker, removeImageQuietly, testName } from "./docker";
import { BASE_IMAGE } from "./env";
import { api, ndjsonLines } from "./http";

export type BuildLine = { type: string; [key: string]: unknown };

/** Every Dockerfile a test builds starts here, so that what it makes carries the label. */
export const FROM_BASE = `FROM ${BASE_IMAGE}\nLABEL slipway-test=1\n`;

const folders: string[] = [];
const tags: string[] = [];

/** A new folder holding `files` (path -> content); removed by cleanUpBuilds(). */
export async function contextFolder(files: Record<string, string>): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "slipway-test-build-"));
  folders.push(dir);
  for (const [name, content] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await fs.writeFile(path.join(dir, name), content);
  }
  return dir;
}

/** A tag this run owns; its image is removed by cleanUpBuilds(). */
export function testTag(what: string): string {
  const tag = `${testName(what)}:v1`;
  tags.push(tag);
  return tag;
}

export async function cleanUpBuilds(): Promise<void> {
  for (const tag of tags.splice(0)) await removeImageQuietly(tag);
  for (const dir of folders.splice(0)) await fs.rm(dir, { recursive: true, force: true });
}

export async function buildFolder(body: Record<string, unknown>) {
  const response = await api("/api/docker/images/build", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  return readBuild(response);
}

export async function buildUpload(
  query: Record<string, string>,
  archive: Buffer,
  contentType: string,
) {
  const response = await api(`/api/docker/images/build/upload?${new URLSearchParams(query)}`, {
    method: "POST",
    headers: { "Content-Type": contentType },
    body: new Uint8Array(archive),
  });
  return readBuild(response);
}

async function readBuild(response: Response) {
  const contentType = response.headers.get("content-type") ?? "";
  if (!contentType.includes("ndjson")) {
    const { error } = (await response.json()) as { error: { code: string; message: string } };
    return { status: response.status, error, lines: [], last: undefined, logs: [], steps: [] };
  }
  const lines = await ndjsonLines<BuildLine>(response);
  const last = lines.at(-1) ?? { type: "none" };
  const logs = lines.filter((l) => l.type === "log").map((l) => String(l.text));
  const steps = lines.filter((l) => l.type === "step").map((l) => String(l.step));
  return { status: response.status, error: undefined as never, lines, last, logs, steps };
}

/** The image a tag names, or null when there is none. */
export async function inspectTag(tag: string) {
  try {
    return await docker.getImage(tag).inspect();
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) return null;
    throw error;
  }
}

export async function tarOf(files: Record<string, string>): Promise<Buffer> {
  const pack = tar.pack();
  for (const [name, content] of Object.entries(files)) pack.entry({ name }, content);
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of pack) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/** A zip; each file is `content` or `{content, mode}` (Unix mode bits). */
export async function zipOf(files: Record<string, string | { content: string; mode: number }>) {
  const zip = new yazl.ZipFile();
  for (const [name, file] of Object.entries(files)) {
    const { content, mode } = typeof file === "string" ? { content: file, mode: 0o644 } : file;
    zip.addBuffer(Buffer.from(content), name, { mode: 0o100000 | mode });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
