import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The store reads SLIPWAY_DATA_DIR through config(), which reads the environment once:
// the folder is set before the modules load.
let dir: string;
let store: typeof import("@/lib/engines/store");
let list: typeof import("@/lib/engines/list");

const pem = (label: string) => `-----BEGIN ${label}-----\nAAAA\n-----END ${label}-----\n`;
const tls = { ca: pem("CERTIFICATE"), cert: pem("CERTIFICATE"), key: pem("PRIVATE KEY") };

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "slipway-engines-"));
  process.env.SLIPWAY_DATA_DIR = dir;
  store = await import("@/lib/engines/store");
  list = await import("@/lib/engines/list");
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("engines file", () => {
  it("is written 0600 and keeps TLS keys out of the list", async () => {
    const saved = await store.addEngine({ name: "Remote", address: "tcp://127.0.0.1:1", tls });
    expect(saved.id).toBe("remote");
    const stat = await fs.stat(store.enginesFile());
    expect(stat.mode & 0o777).toBe(0o600);
    expect(await fs.readFile(store.enginesFile(), "utf8")).toContain("PRIVATE KEY");

    const { engines, problems } = await list.listEngines({ ping: false });
    expect(problems).toEqual([]);
    expect(engines.map((e) => e.id)).toEqual(["local", "remote"]);
    const remote = engines.find((e) => e.id === "remote");
    expect(remote).toMatchObject({ kind: "tcp", tls: true, active: false, builtIn: false });
    expect(JSON.stringify(engines)).not.toContain("PRIVATE KEY");
    expect(JSON.stringify(engines)).not.toContain("BEGIN");
  });

  it("reports a bad hand-edited entry and keeps the good ones", async () => {
    const good = { id: "box", name: "Box", address: "ssh://me@box" };
    const bad = { id: "broken", name: "Broken", address: "ftp://nowhere" };
    const noName = { id: "nameless", address: "tcp://h:1" };
    await fs.writeFile(
      store.enginesFile(),
      JSON.stringify({ engines: [good, bad, noName, { ...good }] }),
    );
    const { engines, problems } = await store.readEngines();
    expect(engines.map((e) => e.id)).toEqual(["box"]);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/entry 2 .*address/);
    expect(problems[1]).toMatch(/entry 3 .*name/);
    expect(problems[2]).toMatch(/id box is taken/);
    // A save keeps the entries it cannot use: a person may still fix them by hand.
    await store.addEngine({ name: "Other", address: "unix:///tmp/other.sock" });
    const text = await fs.readFile(store.enginesFile(), "utf8");
    expect(text).toContain("ftp://nowhere");
    await store.removeEngine("other");
    await expect(store.removeEngine("other")).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses an engine whose address a saved or built-in engine has", async () => {
    await fs.writeFile(store.enginesFile(), JSON.stringify({ engines: [] }));
    await store.addEngine({ name: "Box", address: "ssh://me@box" });
    await expect(
      store.addEngine({ name: "Box 2", address: "ssh://me@box:22" }),
    ).rejects.toMatchObject({
      code: "conflict",
      message: 'The engine "Box" already has the address ssh://me@box: use it, or remove it first',
    });
    const local = { name: "Local", address: "unix:///var/run/docker.sock" };
    await expect(
      store.addEngine({ name: "Mine", address: "unix:///var/run/docker.sock" }, [local]),
    ).rejects.toMatchObject({ code: "conflict" });
    expect((await store.readEngines()).engines.map((e) => e.name)).toEqual(["Box"]);
  });

  it("reports a file that is not JSON rather than failing", async () => {
    await fs.writeFile(store.enginesFile(), "{ not json");
    const { engines, problems } = await store.readEngines();
    expect(engines).toEqual([]);
    expect(problems[0]).toMatch(/not valid JSON/);
  });
});
