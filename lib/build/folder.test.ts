import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import tar from "tar-stream";
import { afterAll, describe, expect, it } from "vitest";
import { packFolderContext } from "./context";
import { readFolderContext } from "./folder";

const made: string[] = [];
afterAll(async () => {
  for (const dir of made) await fs.rm(dir, { recursive: true, force: true });
});

async function folder(files: Record<string, string>, links: Record<string, string> = {}) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "slipway-unit-context-"));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await fs.writeFile(path.join(dir, name), content);
  }
  for (const [name, target] of Object.entries(links))
    await fs.symlink(target, path.join(dir, name));
  return dir;
}

async function untar(context: Awaited<ReturnType<typeof readFolderContext>>) {
  const extract = tar.extract();
  const entries: { name: string; type: string; linkname?: string | null; size: number }[] = [];
  let bytes = 0;
  const packed = packFolderContext(context);
  packed.on("data", (chunk: Buffer) => {
    bytes += chunk.length;
  });
  packed.pipe(extract as unknown as NodeJS.WritableStream);
  for await (const entry of extract) {
    const { name, type, linkname, size } = entry.header;
    entries.push({ name, type, linkname, size });
    entry.resume();
  }
  return { entries, bytes };
}

describe("a build context read from a folder", () => {
  it("sends links as links, whatever they point to", async () => {
    const dir = await folder({ Dockerfile: "FROM x\n" }, { outside: "/etc/hostname" });
    const { entries } = await untar(await readFolderContext(dir, "Dockerfile"));
    expect(entries).toContainEqual({
      name: "outside",
      type: "symlink",
      linkname: "/etc/hostname",
      size: 0,
    });
  });

  it("skips an excluded folder but keeps a Dockerfile inside it", async () => {
    const dir = await folder({
      "build/App.Dockerfile": "FROM x\n",
      "build/notes.txt": "n",
      "src/a.txt": "a",
      ".dockerignore": "build\n",
    });
    const context = await readFolderContext(dir, "build/App.Dockerfile");
    expect(context.entries.map((e) => e.name)).toEqual([
      ".dockerignore",
      "build/App.Dockerfile",
      "src",
      "src/a.txt",
    ]);
  });

  it("prefers <Dockerfile>.dockerignore over the root .dockerignore", async () => {
    const dir = await folder({
      Dockerfile: "FROM x\n",
      "Dockerfile.dockerignore": "b.txt\n",
      ".dockerignore": "a.txt\n",
      "a.txt": "a",
      "b.txt": "b",
    });
    const context = await readFolderContext(dir, "Dockerfile");
    expect(context.ignoreFile).toBe("Dockerfile.dockerignore");
    const names = context.entries.map((e) => e.name);
    expect(names).toContain("a.txt");
    expect(names).not.toContain("b.txt");
  });

  it("streams a tar of exactly the announced size", async () => {
    const dir = await folder({ Dockerfile: "FROM x\n", "big.bin": "x".repeat(300_000), "d/e": "" });
    const context = await readFolderContext(dir, "Dockerfile");
    const { entries, bytes } = await untar(context);
    expect(bytes).toBe(context.tarSize);
    expect(entries.find((e) => e.name === "big.bin")?.size).toBe(300_000);
  });

  it("names the problem: missing folder, not a folder, missing Dockerfile, bad rule", async () => {
    const dir = await folder({ "file.txt": "x", Dockerfile: "FROM x AS one\n" });
    await expect(readFolderContext(`${dir}/nope`, "Dockerfile")).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(readFolderContext(`${dir}/file.txt`, "Dockerfile")).rejects.toMatchObject({
      code: "invalid_input",
    });
    await expect(readFolderContext(dir, "Other.Dockerfile")).rejects.toThrow(
      `There is no Other.Dockerfile in ${dir}`,
    );
    await expect(readFolderContext(dir, "Dockerfile", "two")).rejects.toThrow(/stages are one/);
    await fs.writeFile(path.join(dir, ".dockerignore"), "ok\n[bad\n");
    await expect(readFolderContext(dir, "Dockerfile")).rejects.toThrow(".dockerignore line 2");
  });
});
