import { gzipSync } from "node:zlib";
import tar from "tar-stream";
import { describe, expect, it } from "vitest";
import yazl from "yazl";
import { ARCHIVE_HEAD_BYTES, archiveKind, firstBytes } from "./archive-kind";

async function bytesOf(stream: AsyncIterable<unknown>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

async function aTar(): Promise<Buffer> {
  const pack = tar.pack();
  pack.entry({ name: "Dockerfile" }, "FROM scratch\n");
  pack.finalize();
  return bytesOf(pack);
}

async function aZip(): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from("FROM scratch\n"), "Dockerfile");
  zip.end();
  return bytesOf(zip.outputStream);
}

const head = (bytes: Uint8Array) => bytes.slice(0, ARCHIVE_HEAD_BYTES);

describe("archiveKind", () => {
  it("reads a tar by the ustar mark at offset 257", async () => {
    expect(archiveKind(head(await aTar()))).toBe("tar");
  });

  it("reads a .tar.gz as gzip, whatever it is labelled", async () => {
    expect(archiveKind(head(gzipSync(await aTar())))).toBe("gzip");
  });

  it("reads a zip by PK\\3\\4", async () => {
    expect(archiveKind(head(await aZip()))).toBe("zip");
  });

  it("reads bzip2 and xz by their marks", () => {
    expect(archiveKind(Buffer.from("BZh91AY&SY"))).toBe("bzip2");
    expect(archiveKind(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0x00]))).toBe("xz");
  });

  it("knows none of text, a lone PK, or a head too short to hold the tar mark", async () => {
    expect(archiveKind(Buffer.from("FROM scratch\n"))).toBeNull();
    expect(archiveKind(Buffer.from("PK"))).toBeNull();
    expect(archiveKind((await aTar()).slice(0, 200))).toBeNull();
  });

  it("names the first bytes in hex", () => {
    expect(firstBytes(Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01]))).toBe("1f 8b 08 00");
  });
});
