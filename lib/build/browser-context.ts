import { readContextFilter } from "@/lib/build/context-filter";
import { type TarFile, tarBlob, tarSize } from "@/lib/build/tar-writer";

// A folder chosen in the browser (<input webkitdirectory>) becomes a build context
// here, before anything is sent: the .dockerignore rules are applied as `docker
// build` applies them, and the page shows what will travel. No Node imports.

export interface PickedFile {
  /** The path the browser gives, starting with the chosen folder's name. */
  relativePath: string;
  body: Blob;
  mtime?: number;
}

export interface BrowserContext {
  folder: string;
  files: TarFile[];
  fileCount: number;
  /** Bytes of the tar that will be sent. */
  size: number;
  /** Files left out by the ignore rules. */
  ignoredCount: number;
  ignoreFile: string | null;
  hasDockerfile: boolean;
}

// Browsers give no Unix modes: files go as 0755, as Docker sends them from Windows,
// so that scripts in the context stay runnable.
const FILE_MODE = 0o755;

export async function browserContext(picked: PickedFile[], dockerfile: string) {
  const folder = picked[0]?.relativePath.split("/")[0] ?? "";
  const byName = new Map<string, PickedFile>();
  for (const file of picked) {
    const name = file.relativePath.split("/").slice(1).join("/");
    if (name) byName.set(name, file);
  }

  const { filter, ignoreFile } = await readContextFilter(
    dockerfile,
    async (candidate) => (await byName.get(candidate)?.body.text()) ?? null,
  );

  const files: TarFile[] = [];
  const names = [...byName.keys()].sort();
  for (const name of names) {
    if (!filter.includes(name)) continue;
    const file = byName.get(name) as PickedFile;
    files.push({ name, body: file.body, mode: FILE_MODE, mtime: file.mtime });
  }
  const context: BrowserContext = {
    folder,
    files,
    fileCount: files.length,
    size: tarSize(files),
    ignoredCount: names.length - files.length,
    ignoreFile,
    hasDockerfile: byName.has(dockerfile),
  };
  return context;
}

/** The tar to upload for a context read by browserContext(). */
export function browserContextTar(context: BrowserContext): Blob {
  return tarBlob(context.files);
}

/** The files of an <input webkitdirectory> as PickedFile entries. */
export function pickedFiles(list: FileList | File[]): PickedFile[] {
  return Array.from(list, (file) => ({
    relativePath: file.webkitRelativePath || file.name,
    body: file,
    mtime: file.lastModified,
  }));
}
