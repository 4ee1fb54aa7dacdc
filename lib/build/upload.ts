import "server-only";
import { createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { ARCHIVE_HEAD_BYTES, archiveKind, firstBytes } from "@/lib/build/archive-kind";
import type { BuildContextSource } from "@/lib/build/run-build";
import { zipToTar } from "@/lib/build/zip-context";
import { invalidInput } from "@/lib/errors";

// An uploaded build context arrives as the raw request body. Its first bytes say
// what it is (lib/build/archive-kind.ts); the Content-Type does not. A tar (plain or
// compressed: the engine reads gzip, bzip2 and xz itself) goes to the engine as it
// arrives, as `docker build - < context.tar` sends it. A zip is first written to a
// temporary file, because its table of contents is at its end.

const REFUSED_TYPES = [
  "multipart/form-data",
  "application/x-www-form-urlencoded",
  "application/json",
];

export async function readUploadedContext(
  req: Request,
  dockerfile: string,
): Promise<BuildContextSource> {
  const type = req.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (REFUSED_TYPES.includes(type)) {
    throw invalidInput(
      `Send the build context as the raw request body (a tar or a zip), not as ${type}`,
    );
  }
  if (!req.body) throw invalidInput("The upload is empty: send a tar or zip of the build context");

  const reader = req.body.getReader();
  const head = await readHead(reader);
  if (head.length === 0) {
    throw invalidInput("The upload is empty: send a tar or zip of the build context");
  }
  const kind = archiveKind(head);
  if (kind === null) {
    await reader.cancel().catch(() => undefined);
    throw invalidInput(
      "The upload is not a tar (plain, gzip, bzip2 or xz) or a zip: it starts with the " +
        `bytes ${firstBytes(head)}`,
    );
  }
  const body = Readable.from(rest(head, reader));

  if (kind === "zip") return zipContext(body, dockerfile);
  const declared = Number(req.headers.get("content-length"));
  return { tar: body, size: declared > 0 ? declared : undefined };
}

/** The first bytes of the body, enough to tell what archive it is. */
async function readHead(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<Uint8Array> {
  let head = new Uint8Array(0);
  while (head.length < ARCHIVE_HEAD_BYTES) {
    const { done, value } = await reader.read();
    if (done) break;
    head = Buffer.concat([head, value]);
  }
  return head;
}

async function* rest(head: Uint8Array, reader: ReadableStreamDefaultReader<Uint8Array>) {
  try {
    yield Buffer.from(head);
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield Buffer.from(value);
    }
  } finally {
    // A build stopped early must stop the upload too.
    await reader.cancel().catch(() => undefined);
  }
}

async function zipContext(body: Readable, dockerfile: string): Promise<BuildContextSource> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "slipway-build-"));
  // A leftover temporary folder must not turn a finished build into a failure.
  const removeDir = () => fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
  try {
    const zipPath = path.join(dir, "context.zip");
    await pipeline(body, createWriteStream(zipPath, { mode: 0o600 }));
    const { tar, size } = await zipToTar(zipPath, dockerfile);
    tar.on("close", () => void removeDir());
    return { tar, size };
  } catch (error) {
    await removeDir();
    throw error;
  }
}
