import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docker, removeImageQuietly } from "../support/docker";
import { RUN_DIR } from "../support/env";
import { api, apiJson, ndjsonLines } from "../support/http";
import {
  CLOSED_REGISTRY,
  deletePushedImages,
  makeSavedPasswordStale,
  pushFixtureImage,
  REGISTRY,
  REGISTRY_PASSWORD,
  REGISTRY_USER,
} from "../support/registry";

type Line = { type: string; [key: string]: unknown };

let reference: string;
const registriesFile = path.join(RUN_DIR, "data", "registries.json");

async function pull(ref: string): Promise<Line[]> {
  const response = await api("/api/docker/images/pull", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ reference: ref }),
  });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("application/x-ndjson");
  return ndjsonLines<Line>(response);
}

const saveCredentials = (password: string) =>
  apiJson("POST", "/api/docker/registries", {
    server: `http://${REGISTRY}/`,
    username: REGISTRY_USER,
    password,
  });

beforeAll(async () => {
  reference = await pushFixtureImage();
});

afterAll(async () => {
  await apiJson("DELETE", `/api/docker/registries/${encodeURIComponent(REGISTRY)}`);
  if (reference) await removeImageQuietly(reference);
  await deletePushedImages();
});

describe("registry credentials", () => {
  it("saves credentials and lists the server and username, never the password", async () => {
    const saved = await saveCredentials(REGISTRY_PASSWORD);
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ server: REGISTRY, username: REGISTRY_USER });
    const list = await apiJson<Array<Record<string, unknown>>>("GET", "/api/docker/registries");
    expect(list.body).toContainEqual({ server: REGISTRY, username: REGISTRY_USER });
    expect(JSON.stringify(list.body)).not.toContain(REGISTRY_PASSWORD);
  });

  it("refuses a wrong password with unauthorized, and keeps what was saved", async () => {
    await saveCredentials(REGISTRY_PASSWORD);
    const before = await fs.readFile(registriesFile, "utf8");
    const refused = await saveCredentials("wrong-password");
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ error: { code: "unauthorized" } });
    const { message } = (refused.body as { error: { message: string } }).error;
    expect(message).toMatch(/^Registry 127\.0\.0\.1:5055 refused the login of slipway-test/);
    expect(message).not.toContain("wrong-password");
    expect(await fs.readFile(registriesFile, "utf8")).toBe(before);
  });

  it("refuses credentials for a registry that cannot be reached, saving nothing", async () => {
    const refused = await apiJson<{ error: { code: string; message: string } }>(
      "POST",
      "/api/docker/registries",
      { server: CLOSED_REGISTRY, username: "u", password: "p" },
    );
    expect(refused.status).toBe(502);
    expect(refused.body.error.code).toBe("upstream_error");
    expect(refused.body.error.message).toMatch(/^Cannot reach registry 127\.0\.0\.1:5999/);
    const list = await apiJson<Array<{ server: string }>>("GET", "/api/docker/registries");
    expect(list.body.map((r) => r.server)).not.toContain(CLOSED_REGISTRY);
  });

  it("refuses a server that is not host[:port]", async () => {
    const refused = await apiJson<{ error: { code: string } }>("POST", "/api/docker/registries", {
      server: "not a host",
      username: "u",
      password: "p",
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe("invalid_input");
  });
});

describe("POST /api/docker/images/pull", () => {
  it("fails with unauthorized when the saved credentials went wrong", async () => {
    await saveCredentials(REGISTRY_PASSWORD);
    await makeSavedPasswordStale("wrong-password");
    const lines = await pull(reference);
    const last = lines.at(-1);
    expect(last).toMatchObject({ type: "failure", code: "unauthorized" });
    expect(String(last?.message)).toMatch(/unauthorized/i);
    expect(String(last?.message)).toContain(REGISTRY);
  });

  it("pulls with the saved credentials: layer progress, a total, then done", async () => {
    await saveCredentials(REGISTRY_PASSWORD);
    const lines = await pull(reference);
    const last = lines.at(-1);
    expect(last).toMatchObject({ type: "done", reference });
    expect(String(last?.imageId)).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(String(last?.digest)).toMatch(/^sha256:[0-9a-f]{64}$/);

    const downloading = lines.filter((l) => l.type === "progress" && l.status === "Downloading");
    expect(downloading.length).toBeGreaterThan(0);
    expect(downloading[0]).toMatchObject({ id: expect.stringMatching(/^[0-9a-f]{12}$/) });
    const totals = lines.filter((l) => l.type === "total");
    expect(totals.at(-1)).toMatchObject({ layersDone: totals.at(-1)?.layers });
    expect(Number(totals.at(-1)?.total)).toBeGreaterThan(0);

    const image = await docker.getImage(reference).inspect();
    expect(image.Id).toBe(last?.imageId);
  });

  it("a missing tag is not_found in the registry", async () => {
    const missing = reference.replace(/:v1$/, ":no-such-tag");
    const last = (await pull(missing)).at(-1);
    expect(last).toMatchObject({ type: "failure", code: "not_found" });
    expect(String(last?.message)).toContain(`${missing} not found in registry ${REGISTRY}`);
  });

  it("a closed port cannot be reached", async () => {
    const last = (await pull(`${CLOSED_REGISTRY}/slipway-test-nothing:v1`)).at(-1);
    expect(last).toMatchObject({ type: "failure", code: "upstream_error" });
    expect(String(last?.message)).toMatch(/^Cannot reach registry 127\.0\.0\.1:5999/);
  });

  it("a bad reference is refused with 400 before any stream", async () => {
    const refused = await apiJson<{ error: { code: string; message: string } }>(
      "POST",
      "/api/docker/images/pull",
      { reference: "127.0.0.1:5055/Bad Name:v1" },
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe("invalid_input");
  });
});

describe("credentials file", () => {
  it("is written 0600 in the server's data dir", async () => {
    await saveCredentials(REGISTRY_PASSWORD);
    const stat = await fs.stat(registriesFile);
    expect(stat.mode & 0o777).toBe(0o600);
  });
});
