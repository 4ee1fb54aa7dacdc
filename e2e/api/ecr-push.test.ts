import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docker, removeImageQuietly, testName } from "../support/docker";
import {
  DENYING_REGION,
  deleteStandInManifest,
  standInHasBlob,
  standInManifest,
} from "../support/ecr-stand-in";
import { api, apiJson, eventually, ndjsonLines, openStreams, readUntil } from "../support/http";
import { removeTestRepository, waitForEcrImage } from "../support/moto/ecr";
import { buildRandomLayerImage } from "../support/registry";

// A real push through the engine into the ECR stand-in registry (TLS, basic auth with
// the password moto's token encodes); the push recorder then records it in moto, as
// ECR would list it. Slipway takes the path it takes with real ECR.

type Line = { type: string; [key: string]: unknown };
type Done = { type: "done"; digest: string; imageUri: string; pinnedUri: string };
interface ApiError {
  error: { code: string; message: string; details?: unknown };
}

const localImage = `${testName("push-local")}:v1`;
const repositories: Array<{ name: string; region?: string }> = [];
const pushed: Array<{ uri: string; digest: string }> = [];
const ecrTags: string[] = [];

beforeAll(async () => {
  await buildRandomLayerImage(localImage, 1024);
});

afterAll(async () => {
  for (const { uri, digest } of pushed) await deleteStandInManifest(uri, digest);
  for (const { name, region } of repositories) await removeTestRepository(name, region);
  for (const tag of [...ecrTags, localImage]) await removeImageQuietly(tag);
});

async function createRepository(options: { region?: string; tagMutability?: string } = {}) {
  const name = `${testName("push")}/app`;
  repositories.push({ name, region: options.region });
  const query = options.region ? `?region=${options.region}` : "";
  const { status, body } = await apiJson<{ uri: string }>("POST", `/api/ecr/repositories${query}`, {
    name,
    tagMutability: options.tagMutability ?? "MUTABLE",
  });
  expect(status).toBe(201);
  return { name, uri: body.uri };
}

function push(body: Record<string, unknown>, region?: string) {
  return api(`/api/ecr/push${region ? `?region=${region}` : ""}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
}

async function pushToEnd(body: Record<string, unknown>, region?: string) {
  const response = await push(body, region);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("application/x-ndjson");
  const lines = await ndjsonLines<Line>(response);
  return { lines, last: lines.at(-1) };
}

describe("POST /api/ecr/push", () => {
  it("lands the image's layers in the registry and ECR lists it with the same digest", async () => {
    const repository = await createRepository();
    const { lines, last } = await pushToEnd({
      image: localImage,
      repository: repository.name,
      tag: "v1",
    });
    ecrTags.push(`${repository.uri}:v1`);

    expect(last).toMatchObject({ type: "done", imageUri: `${repository.uri}:v1` });
    const done = last as Done;
    pushed.push({ uri: repository.uri, digest: done.digest });
    expect(done.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(done.pinnedUri).toBe(`${repository.uri}@${done.digest}`);
    const pushing = lines.find((l) => l.type === "progress" && l.status === "Pushing");
    expect(pushing).toMatchObject({ current: expect.any(Number), total: expect.any(Number) });
    const total = lines.filter((l) => l.type === "total").at(-1);
    expect(total).toMatchObject({ layers: 2, layersDone: 2 });

    const held = await standInManifest(repository.uri, "v1");
    expect(held).toMatchObject({ status: 200, digest: done.digest });
    for (const layer of held.manifest.layers ?? []) {
      expect(await standInHasBlob(repository.uri, layer.digest)).toBe(true);
    }

    expect(await waitForEcrImage(repository.name, "v1")).toBe(done.digest);
    const { body: images } = await apiJson<Array<{ digest: string; tags: string[] }>>(
      "GET",
      `/api/ecr/repositories/${encodeURIComponent(repository.name)}/images`,
    );
    expect(images).toEqual([expect.objectContaining({ digest: done.digest, tags: ["v1"] })]);
  });

  it("ends in an unauthorized failure when the registry refuses the token", async () => {
    const repository = await createRepository({ region: DENYING_REGION });
    const { last } = await pushToEnd(
      { image: localImage, repository: repository.name, tag: "v1" },
      DENYING_REGION,
    );
    ecrTags.push(`${repository.uri}:v1`);

    expect(last).toMatchObject({ type: "failure", code: "unauthorized" });
    expect(last?.message).toBe(
      `Registry ${repository.uri.split("/")[0]} refused the credentials of ECR's ` +
        "authorization token (registry: unauthorized: authentication required)",
    );
    // The failed push takes back the name it gave the local image; the image stays.
    await expect(docker.getImage(`${repository.uri}:v1`).inspect()).rejects.toMatchObject({
      statusCode: 404,
    });
    expect((await docker.getImage(localImage).inspect()).RepoTags).toContain(localImage);
  });

  it("refuses an immutable tag that exists before pushing", async () => {
    const repository = await createRepository({ tagMutability: "IMMUTABLE" });
    const body = { image: localImage, repository: repository.name, tag: "v1" };
    const first = await pushToEnd(body);
    ecrTags.push(`${repository.uri}:v1`);
    const digest = (first.last as Done).digest;
    pushed.push({ uri: repository.uri, digest });
    await waitForEcrImage(repository.name, "v1");

    const again = await push(body);
    expect(again.status).toBe(409);
    const { error } = (await again.json()) as ApiError;
    expect(error).toEqual({
      code: "conflict",
      message:
        `Tag v1 already exists in ${repository.name} (${digest}), whose tags are immutable: ` +
        "push under a new tag",
      details: { repository: repository.name, tag: "v1", digest },
    });
  });

  it("answers 404 naming a repository that does not exist, before streaming", async () => {
    const name = `${testName("push-missing")}/app`;
    const response = await push({ image: localImage, repository: name, tag: "v1" });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("application/json");
    const { error } = (await response.json()) as ApiError;
    expect(error.code).toBe("not_found");
    expect(error.message).toMatch(/^RepositoryNotFoundException: /);
    expect(error.message).toContain(name);
  });

  it("answers 404 for an image that is not on the engine", async () => {
    const repository = await createRepository();
    const image = `${testName("push-nothing")}:v1`;
    const response = await push({ image, repository: repository.name, tag: "v1" });
    expect(response.status).toBe(404);
    const { error } = (await response.json()) as ApiError;
    expect(error.code).toBe("not_found");
    expect(error.message).toContain(image);
    expect(error.message.toLowerCase().split("no such image").length).toBe(2);
  });

  it("stops the push on the engine when the client goes away", async () => {
    const big = `${testName("push-big")}:v1`;
    ecrTags.push(big);
    // 64 MiB of random bytes: the engine compresses and sends it for seconds.
    await buildRandomLayerImage(big, 64 * 1024);
    const repository = await createRepository();
    ecrTags.push(`${repository.uri}:big`);
    const before = await openStreams();
    const client = new AbortController();
    const response = await api("/api/ecr/push", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ image: big, repository: repository.name, tag: "big" }),
      signal: client.signal,
    });
    await readUntil(response, /"status":"Pushing"/);

    client.abort();

    await eventually(async () => expect(await openStreams()).toBe(before));
    // A push left to run would have finished by now.
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    expect((await standInManifest(repository.uri, "big")).status).toBe(404);
  });

  it("refuses a tag Docker would refuse", async () => {
    const response = await push({ image: localImage, repository: "any-repo", tag: "-v1" });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as ApiError;
    expect(error.message).toContain('Tag "-v1" is invalid');
  });

  it.each([
    [{}, "tag is required: the tag to push the image as"],
    [{ tag: "" }, "tag must not be empty"],
  ])("says what is wrong with the tag field %j", async (tag, message) => {
    const response = await push({ image: localImage, repository: "any-repo", ...tag });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as ApiError;
    expect(error.message).toContain(message);
  });
});
