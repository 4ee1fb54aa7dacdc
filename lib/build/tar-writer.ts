// Writes a tar archive in the browser as a Blob whose parts are the chosen files
// themselves, so a large folder is read from disk while it is sent, never copied
// into memory. Names longer than the ustar fields allow, or not plain ASCII, get a
// PAX header, as GNU tar and Docker write them. No Node imports.

export interface TarFile {
  /** Slash-separated path inside the archive. */
  name: string;
  body: Blob;
  mode?: number;
  mtime?: number;
}

const BLOCK = 512;
const encoder = new TextEncoder();

/** A tar of the files, in the order given. */
export function tarBlob(files: TarFile[]): Blob {
  const parts: BlobPart[] = [];
  for (const file of files) {
    const mtime = Math.floor((file.mtime ?? Date.now()) / 1000);
    const pax = paxRecords(file.name, file.body.size);
    if (pax) {
      const body = encoder.encode(pax);
      parts.push(header({ name: "PaxHeader", size: body.length, mode: 0o644, mtime, type: "x" }));
      parts.push(body as BlobPart, padding(body.length));
    }
    parts.push(
      header({ name: file.name, size: file.body.size, mode: file.mode ?? 0o644, mtime, type: "0" }),
      file.body,
      padding(file.body.size),
    );
  }
  parts.push(new Uint8Array(BLOCK * 2) as BlobPart);
  return new Blob(parts, { type: "application/x-tar" });
}

/** The size tarBlob() will produce, to show before sending. */
export function tarSize(files: Pick<TarFile, "name" | "body">[]): number {
  let size = BLOCK * 2;
  for (const file of files) {
    const pax = paxRecords(file.name, file.body.size);
    if (pax) size += BLOCK + roundUp(encoder.encode(pax).length);
    size += BLOCK + roundUp(file.body.size);
  }
  return size;
}

const MAX_OCTAL_SIZE = 0o77777777777;

function paxRecords(name: string, size: number): string | null {
  let records = "";
  if (encoder.encode(name).length > 100 || /[^\x20-\x7e]/.test(name))
    records += record("path", name);
  if (size > MAX_OCTAL_SIZE) records += record("size", String(size));
  return records || null;
}

// "<length> <key>=<value>\n", where the length counts its own digits too.
function record(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  const bytes = encoder.encode(body).length;
  let length = bytes + String(bytes).length;
  if (String(length).length !== String(bytes).length) length = bytes + String(length).length;
  return `${length}${body}`;
}

interface HeaderFields {
  name: string;
  size: number;
  mode: number;
  mtime: number;
  type: "0" | "x";
}

function header(fields: HeaderFields): BlobPart {
  const block = new Uint8Array(BLOCK);
  writeText(block, 0, 100, asciiName(fields.name));
  writeOctal(block, 100, 8, fields.mode);
  writeOctal(block, 108, 8, 0);
  writeOctal(block, 116, 8, 0);
  writeOctal(block, 124, 12, Math.min(fields.size, MAX_OCTAL_SIZE));
  writeOctal(block, 136, 12, fields.mtime);
  block.fill(0x20, 148, 156);
  writeText(block, 156, 1, fields.type);
  writeText(block, 257, 6, "ustar");
  writeText(block, 263, 2, "00");
  let sum = 0;
  for (const byte of block) sum += byte;
  writeText(block, 148, 8, `${sum.toString(8).padStart(6, "0")}\0 `);
  return block as BlobPart;
}

/** The ustar name field keeps what fits; a PAX record carries the whole name. */
function asciiName(name: string): string {
  return name.replace(/[^\x20-\x7e]/g, "_").slice(0, 100);
}

function writeText(block: Uint8Array, offset: number, length: number, text: string) {
  block.set(encoder.encode(text).subarray(0, length), offset);
}

function writeOctal(block: Uint8Array, offset: number, length: number, value: number) {
  writeText(block, offset, length, `${value.toString(8).padStart(length - 1, "0")}\0`);
}

function padding(size: number): BlobPart {
  return new Uint8Array(roundUp(size) - size) as BlobPart;
}

function roundUp(size: number): number {
  return Math.ceil(size / BLOCK) * BLOCK;
}
