import { Readable } from "node:stream";
import tar from "tar-stream";
import { describe, expect, it } from "vitest";
import { browserContext, browserContextTar } from "./browser-context";

const file = (relativePath: string, text: string) => ({
  relativePath,
  body: new Blob([text]),
  mtime: Date.UTC(2024, 0, 2),
});

async function untar(blob: Blob) {
  const extract = tar.extract();
  const entries: { name: string; mode: number; text: string }[] = [];
  Readable.from(Buffer.from(await blob.arrayBuffer())).pipe(extract);
  for await (const entry of extract) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry) chunks.push(chunk as Buffer);
    entries.push({
      name: entry.header.name,
      mode: entry.header.mode,
      text: Buffer.concat(chunks).toString(),
    });
  }
  return entries;
}

describe("a folder chosen in the browser", () => {
  const longName = `deep/${"n".repeat(120)}/file-é.txt`;
  const picked = [
    file("app/Dockerfile", "FROM x\n"),
    file("app/.dockerignore", "Dockerfile\nnode_modules\n*.log\n"),
    file("app/src/main.sh", "echo hi\n"),
    file("app/node_modules/pkg/index.js", "x"),
    file("app/debug.log", "x"),
    file(`app/${longName}`, "long"),
  ];

  it("applies .dockerignore, keeps the Dockerfile and counts what travels", async () => {
    const context = await browserContext(picked, "Dockerfile");
    expect(context.folder).toBe("app");
    expect(context.files.map((f) => f.name)).toEqual([
      ".dockerignore",
      "Dockerfile",
      longName,
      "src/main.sh",
    ]);
    expect(context.ignoredCount).toBe(2);
    expect(context.hasDockerfile).toBe(true);
    expect(context.ignoreFile).toBe(".dockerignore");
  });

  it("writes a tar that a tar reader reads back, long and non-ASCII names included", async () => {
    const context = await browserContext(picked, "Dockerfile");
    const blob = browserContextTar(context);
    expect(blob.size).toBe(context.size);
    const entries = await untar(blob);
    expect(entries.map((e) => e.name)).toEqual(context.files.map((f) => f.name));
    expect(entries.find((e) => e.name === longName)?.text).toBe("long");
    expect(entries.find((e) => e.name === "src/main.sh")).toMatchObject({
      text: "echo hi\n",
      mode: 0o755,
    });
  });

  it("prefers <Dockerfile>.dockerignore and reports a missing Dockerfile", async () => {
    const context = await browserContext(
      [...picked, file("app/Dockerfile.dockerignore", "src\n")],
      "Dockerfile",
    );
    expect(context.ignoreFile).toBe("Dockerfile.dockerignore");
    expect(context.files.map((f) => f.name)).toContain("debug.log");
    expect(context.files.map((f) => f.name)).not.toContain("src/main.sh");
    expect((await browserContext(picked, "other/Dockerfile")).hasDockerfile).toBe(false);
  });
});
