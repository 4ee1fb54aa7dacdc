import "server-only";
import fs from "node:fs";
import type { Readable } from "node:stream";
import tar, { type Header, type Pack } from "tar-stream";
import type { ContextEntry, FolderContext } from "@/lib/build/folder";

// Streams a build context to the engine as a tar, one file at a time: the tar is
// never held in memory, and the engine's pace sets ours (back-pressure through the
// pack stream). Owners are root, as `docker build` sends them; links stay links.

export type EntryHeader = Partial<Header> & Pick<Header, "name">;

/** A tar stream of the folder's listed entries; destroy it to stop reading files. */
export function packFolderContext(context: FolderContext): Readable {
  const pack = tar.pack();
  void fillPack(pack, context.entries).catch((error: unknown) => pack.destroy(error as Error));
  return pack as unknown as Readable;
}

async function fillPack(pack: Pack, entries: ContextEntry[]): Promise<void> {
  for (const entry of entries) {
    if (pack.destroyed) return;
    const header: EntryHeader = {
      name: entry.name,
      mode: entry.mode,
      mtime: entry.mtime,
      uid: 0,
      gid: 0,
      type: entry.kind,
    };
    if (entry.kind === "file") {
      header.size = entry.size;
      await addEntry(pack, header, fs.createReadStream(entry.absolute));
    } else {
      if (entry.kind === "symlink") header.linkname = entry.linkname ?? "";
      await addEntry(pack, header);
    }
  }
  pack.finalize();
}

/** Adds one entry; with a body, its bytes are piped in and must match the header's size. */
export function addEntry(pack: Pack, header: EntryHeader, body?: Readable): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const sink = pack.entry(header, (error) => (error ? reject(error) : resolve()));
    // Entries without a body (folders, links) are complete once written.
    if (!body) return;
    // A stopped build destroys the pack and its entry: the file must close too.
    sink.on("close", () => body.destroy());
    body.on("error", (error) => {
      sink.destroy(error);
      reject(error);
    });
    body.pipe(sink);
  });
}

/** A new tar pack for contexts assembled from other archives (zip uploads). */
export function newPack(): Pack {
  return tar.pack();
}
