import "server-only";
import type { Readable } from "node:stream";
import yauzl, { type Entry, type ZipFile } from "yauzl";
import { addEntry, newPack } from "@/lib/build/context";
import { type ContextFilter, readContextFilter } from "@/lib/build/context-filter";
import { IgnorePatternError } from "@/lib/build/dockerignore";
import { invalidInput, notFound } from "@/lib/errors";

// A zip upload becomes a tar for the engine. A zip keeps its table of contents at
// the end, so it is read from a file on disk (see lib/build/upload.ts). A zip of one
// folder ("app/Dockerfile", "app/src/...") is taken as that folder's contents, and
// the .dockerignore rules apply as they do to a folder on disk.

interface ZipItem {
  entry: Entry;
  name: string;
  kind: "file" | "directory" | "symlink";
  mode: number;
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const MADE_ON_UNIX = 3;

/** Reads the zip's contents and answers a tar stream of the entries that travel. */
export async function zipToTar(zipPath: string, dockerfile: string) {
  const zip = await openZip(zipPath);
  try {
    const items = stripSingleFolder(await listItems(zip), dockerfile);
    if (!items.some((item) => item.name === dockerfile && item.kind === "file")) {
      throw notFound(`There is no ${dockerfile} in the uploaded zip`);
    }
    const filter = await readRules(zip, items, dockerfile);
    const sent = items.filter((item) => filter.includes(item.name));
    const size = sent.reduce(
      (n, i) => n + 512 + Math.ceil(i.entry.uncompressedSize / 512) * 512,
      1024,
    );
    const pack = newPack();
    void packItems(zip, sent, pack).catch((error: unknown) => pack.destroy(error as Error));
    (pack as unknown as Readable).on("close", () => zip.close());
    return { tar: pack as unknown as Readable, size };
  } catch (error) {
    zip.close();
    throw error;
  }
}

function openZip(file: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: false }, (error, zip) => {
      if (error) reject(invalidInput(`The upload is not a readable zip: ${error.message}`));
      else resolve(zip);
    });
  });
}

function listItems(zip: ZipFile): Promise<ZipItem[]> {
  return new Promise((resolve, reject) => {
    const items: ZipItem[] = [];
    zip.on("entry", (entry: Entry) => {
      items.push(toItem(entry));
      zip.readEntry();
    });
    zip.on("end", () => resolve(items));
    zip.on("error", (error: Error) => reject(invalidInput(`The zip is damaged: ${error.message}`)));
    zip.readEntry();
  });
}

function toItem(entry: Entry): ZipItem {
  const isDir = entry.fileName.endsWith("/");
  const unixMode =
    entry.versionMadeBy >> 8 === MADE_ON_UNIX ? entry.externalFileAttributes >>> 16 : 0;
  const kind = isDir ? "directory" : (unixMode & S_IFMT) === S_IFLNK ? "symlink" : "file";
  // Zips made elsewhere carry no Unix mode: files get 0755, as Docker gives them on Windows.
  const mode = unixMode & 0o7777 || 0o755;
  return { entry, name: entry.fileName.replace(/\/+$/, ""), kind, mode };
}

function stripSingleFolder(items: ZipItem[], dockerfile: string): ZipItem[] {
  if (items.some((item) => item.name === dockerfile)) return items;
  const tops = new Set(items.map((item) => item.name.split("/")[0]));
  const [top] = [...tops];
  if (tops.size !== 1 || !top || !items.some((i) => i.name === `${top}/${dockerfile}`)) {
    return items;
  }
  return items
    .filter((item) => item.name !== top)
    .map((item) => ({ ...item, name: item.name.slice(top.length + 1) }));
}

async function readRules(
  zip: ZipFile,
  items: ZipItem[],
  dockerfile: string,
): Promise<ContextFilter> {
  const read = async (candidate: string) => {
    const item = items.find((i) => i.name === candidate && i.kind === "file");
    return item ? (await readAll(await openEntry(zip, item.entry))).toString("utf8") : null;
  };
  try {
    return (await readContextFilter(dockerfile, read)).filter;
  } catch (error) {
    if (error instanceof IgnorePatternError) throw invalidInput(error.message);
    throw error;
  }
}

async function packItems(zip: ZipFile, items: ZipItem[], pack: ReturnType<typeof newPack>) {
  for (const item of items) {
    const mtime = item.entry.getLastModDate();
    const header = { name: item.name, mode: item.mode, mtime, uid: 0, gid: 0, type: item.kind };
    if (item.kind === "directory") {
      await addEntry(pack, header);
    } else if (item.kind === "symlink") {
      const target = (await readAll(await openEntry(zip, item.entry))).toString("utf8");
      await addEntry(pack, { ...header, linkname: target });
    } else {
      const size = item.entry.uncompressedSize;
      await addEntry(pack, { ...header, size }, await openEntry(zip, item.entry));
    }
  }
  pack.finalize();
}

function openEntry(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream)));
  });
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
