// What an uploaded build context is, read from its first bytes. The bytes decide,
// never the Content-Type: browsers label a .tar.gz `application/gzip` or
// `application/x-gzip`, and a client may label anything anything. Pure: no Node imports.

export type ArchiveKind = "zip" | "gzip" | "bzip2" | "xz" | "tar";

/** How many leading bytes archiveKind() needs: a tar's "ustar" mark ends at 262. */
export const ARCHIVE_HEAD_BYTES = 262;

const TAR_MAGIC_OFFSET = 257;

const SIGNATURES: ReadonlyArray<{ kind: ArchiveKind; bytes: readonly number[] }> = [
  { kind: "zip", bytes: [0x50, 0x4b, 0x03, 0x04] }, // "PK\3\4", a zip with entries
  { kind: "zip", bytes: [0x50, 0x4b, 0x05, 0x06] }, // "PK\5\6", an empty zip
  { kind: "gzip", bytes: [0x1f, 0x8b] },
  { kind: "bzip2", bytes: [0x42, 0x5a, 0x68] }, // "BZh"
  { kind: "xz", bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
];

const USTAR = [0x75, 0x73, 0x74, 0x61, 0x72]; // "ustar", POSIX and GNU tars alike

/** The archive the bytes start, or null when they start none Slipway can build from. */
export function archiveKind(head: Uint8Array): ArchiveKind | null {
  for (const { kind, bytes } of SIGNATURES) {
    if (startsWith(head, bytes, 0)) return kind;
  }
  return startsWith(head, USTAR, TAR_MAGIC_OFFSET) ? "tar" : null;
}

/** Compressed kinds are tars the engine unpacks itself, as `docker build - < x.tar.gz`. */
export const isTarKind = (kind: ArchiveKind) => kind !== "zip";

function startsWith(head: Uint8Array, bytes: readonly number[], offset: number): boolean {
  if (head.length < offset + bytes.length) return false;
  return bytes.every((byte, i) => head[offset + i] === byte);
}

/** "1f 8b 08 00": the first bytes, for a message about an upload that is none of these. */
export function firstBytes(head: Uint8Array, count = 4): string {
  return Array.from(head.slice(0, count), (b) => b.toString(16).padStart(2, "0")).join(" ");
}
