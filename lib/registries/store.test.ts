import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The store reads SLIPWAY_DATA_DIR once through config(): it is set before the import.
const dataDir = path.join(os.tmpdir(), `slipway-test-registries-${process.pid}`, "data");
let store: typeof import("@/lib/registries/store");

beforeAll(async () => {
  process.env.SLIPWAY_DATA_DIR = dataDir;
  store = await import("@/lib/registries/store");
});
afterAll(async () => {
  await fs.rm(path.dirname(dataDir), { recursive: true, force: true });
});

describe("registry credentials store", () => {
  it("writes the file 0600 in a 0700 folder and lists no password", async () => {
    await store.saveRegistry({ server: "127.0.0.1:5055", username: "u1", password: "secret-1" });
    const file = await fs.stat(store.registriesFile());
    expect(file.mode & 0o777).toBe(0o600);
    expect((await fs.stat(dataDir)).mode & 0o777).toBe(0o700);
    const list = await store.listRegistries();
    expect(list).toEqual([{ server: "127.0.0.1:5055", username: "u1" }]);
    expect(JSON.stringify(list)).not.toContain("secret-1");
  });

  it("replaces a server's credentials and keeps concurrent saves", async () => {
    await Promise.all([
      store.saveRegistry({ server: "127.0.0.1:5055", username: "u2", password: "secret-2" }),
      store.saveRegistry({ server: "docker.io", username: "hub", password: "secret-3" }),
    ]);
    expect(await store.listRegistries()).toEqual([
      { server: "127.0.0.1:5055", username: "u2" },
      { server: "docker.io", username: "hub" },
    ]);
    expect((await fs.stat(store.registriesFile())).mode & 0o777).toBe(0o600);
  });

  it("gives the engine authconfig of a reference's registry", async () => {
    expect(await store.authConfigFor("127.0.0.1:5055/app:v1")).toEqual({
      username: "u2",
      password: "secret-2",
      serveraddress: "127.0.0.1:5055",
    });
    expect(await store.authConfigFor("alpine")).toMatchObject({
      serveraddress: "https://index.docker.io/v1/",
    });
    expect(await store.authConfigFor("localhost:5000/app")).toBeUndefined();
  });

  it("removes one server and says when none was saved", async () => {
    await store.removeRegistry("docker.io");
    expect(await store.listRegistries()).toEqual([{ server: "127.0.0.1:5055", username: "u2" }]);
    await expect(store.removeRegistry("docker.io")).rejects.toMatchObject({ code: "not_found" });
  });
});
