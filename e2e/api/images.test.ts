import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  docker,
  removeImageQuietly,
  removeTestResources,
  testLabels,
  testName,
} from "../support/docker";
import { BASE_IMAGE } from "../support/env";
import { apiJson } from "../support/http";

// Images through the HTTP API against the real engine. Every name made here starts
// with slipway-test- and is removed at the end; the base image is never removed.

interface Summary {
  id: string;
  shortId: string;
  tags: string[];
  size: number;
  dangling: boolean;
  containers: { id: string; name: string; state: string }[];
}
interface ApiFailure {
  error: { code: string; message: string; details?: { engineMessage?: string } };
}

const seg = encodeURIComponent;
const unique = testName("img");
const plainTag = `${unique}:v1`;
const portTag = `localhost:5000/${unique}-port:latest`;
const soloRepo = `${unique}-solo`;
const soloTag = `${soloRepo}:v1`;
const made: string[] = [];
let baseId = "";

beforeAll(async () => {
  baseId = (await docker.getImage(BASE_IMAGE).inspect()).Id;
  await docker.getImage(BASE_IMAGE).tag({ repo: unique, tag: "v1" });
  made.push(plainTag);
});

afterAll(async () => {
  await removeTestResources(unique);
  for (const ref of made) await removeImageQuietly(ref);
});

describe("tagging", () => {
  it("tags with a registry port: repository localhost:5000/..., tag latest", async () => {
    const { status, body } = await apiJson<{ id: string; tag: string }>(
      "POST",
      `/api/docker/images/${seg(BASE_IMAGE)}/tag`,
      { tag: portTag },
    );
    made.push(portTag);

    expect(status).toBe(200);
    expect(body).toEqual({ id: baseId, tag: portTag });
    const tagged = await docker.getImage(portTag).inspect();
    expect(tagged.Id).toBe(baseId);
    expect(tagged.RepoTags).toContain(portTag);
  });

  it("refuses a tag with a capital in the path, naming the component", async () => {
    const { status, body } = await apiJson<ApiFailure>(
      "POST",
      `/api/docker/images/${seg(BASE_IMAGE)}/tag`,
      { tag: `localhost:5000/${unique}/MyApp:v1` },
    );
    expect(status).toBe(400);
    expect(body.error.code).toBe("invalid_input");
    expect(body.error.message).toContain('path component "MyApp" must be lowercase');
  });

  it("refuses a malformed tag, naming it", async () => {
    const { status, body } = await apiJson<ApiFailure>(
      "POST",
      `/api/docker/images/${seg(BASE_IMAGE)}/tag`,
      { tag: `${unique}:v1!` },
    );
    expect(status).toBe(400);
    expect(body.error.message).toContain('Tag "v1!" is invalid');
  });

  it("answers 404 when the image to tag does not exist", async () => {
    const { status, body } = await apiJson<ApiFailure>(
      "POST",
      `/api/docker/images/${seg(`${unique}-none:v9`)}/tag`,
      { tag: `${unique}-other:v1` },
    );
    expect(status).toBe(404);
    expect(body.error.code).toBe("not_found");
  });
});

describe("listing and inspecting", () => {
  it("lists the base image with its tags, its size and no dangling mark", async () => {
    const { status, body } = await apiJson<Summary[]>("GET", "/api/docker/images");
    expect(status).toBe(200);
    const base = body.find((image) => image.id === baseId);
    expect(base?.tags).toEqual(expect.arrayContaining([BASE_IMAGE, plainTag]));
    expect(base?.shortId).toBe(baseId.slice(7, 19));
    expect(base?.size).toBeGreaterThan(0);
    expect(base?.dangling).toBe(false);
  });

  it("inspects by an encoded registry-port reference", async () => {
    await docker.getImage(BASE_IMAGE).tag({ repo: `localhost:5000/${unique}-inspect`, tag: "v2" });
    const ref = `localhost:5000/${unique}-inspect:v2`;
    made.push(ref);

    const { status, body } = await apiJson<{ id: string; tags: string[]; layers: string[] }>(
      "GET",
      `/api/docker/images/${seg(ref)}`,
    );
    expect(status).toBe(200);
    expect(body.id).toBe(baseId);
    expect(body.tags).toContain(ref);
    expect(body.layers.length).toBeGreaterThan(0);
  });

  it.each([
    ["full id", () => baseId],
    ["short id", () => baseId.slice(7, 19)],
  ])("inspects by %s", async (_what, id) => {
    const { status, body } = await apiJson<{ id: string; history: unknown[] }>(
      "GET",
      `/api/docker/images/${seg(id())}`,
    );
    expect(status).toBe(200);
    expect(body.id).toBe(baseId);
    expect(body.history.length).toBeGreaterThan(0);
  });

  it("answers 404 not_found for an unknown reference", async () => {
    const { status, body } = await apiJson<ApiFailure>(
      "GET",
      `/api/docker/images/${seg(`${unique}-none:v9`)}`,
    );
    expect(status).toBe(404);
    expect(body.error.code).toBe("not_found");
  });
});

describe("removing", () => {
  it("removes only the named tag of a multi-tagged image", async () => {
    await docker.getImage(BASE_IMAGE).tag({ repo: `localhost:5000/${unique}-rm`, tag: "latest" });
    const ref = `localhost:5000/${unique}-rm:latest`;
    made.push(ref);

    const { status, body } = await apiJson<{ untagged: string[]; imageRemoved: boolean }>(
      "DELETE",
      `/api/docker/images/${seg(ref)}`,
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ untagged: [ref], imageRemoved: false });
    const base = await docker.getImage(BASE_IMAGE).inspect();
    expect(base.RepoTags).not.toContain(ref);
    expect(base.RepoTags).toContain(BASE_IMAGE);
  });

  it("answers 404 for removing an unknown reference", async () => {
    const { status } = await apiJson("DELETE", `/api/docker/images/${seg(`${unique}-none:v9`)}`);
    expect(status).toBe(404);
  });
});

describe("removing an image a container uses", () => {
  let containerName = "";
  let soloId = "";

  beforeAll(async () => {
    // A single-tagged image of our own: a commit of a labelled container of the base.
    const source = await docker.createContainer({
      name: `${unique}-src`,
      Image: BASE_IMAGE,
      Cmd: ["true"],
      Labels: testLabels,
    });
    await source.commit({ repo: soloRepo, tag: "v1" });
    made.push(soloTag);
    soloId = (await docker.getImage(soloTag).inspect()).Id;

    containerName = `${unique}-user`;
    const user = await docker.createContainer({
      name: containerName,
      Image: soloTag,
      Cmd: ["sleep", "300"],
      Labels: testLabels,
    });
    await user.start();
  });

  it("lists the running container under the image", async () => {
    const { body } = await apiJson<Summary[]>("GET", "/api/docker/images");
    const solo = body.find((image) => image.id === soloId);
    expect(solo?.tags).toEqual([soloTag]);
    expect(solo?.containers).toEqual([
      expect.objectContaining({ name: containerName, state: "running" }),
    ]);
  });

  it.each([false, true])("refuses with 409 while it runs (force=%s), naming it", async (force) => {
    const { status, body } = await apiJson<ApiFailure>(
      "DELETE",
      `/api/docker/images/${seg(soloTag)}?force=${force}`,
    );
    expect(status).toBe(409);
    expect(body.error.code).toBe("conflict");
    expect(body.error.message).toContain(`running container ${containerName}`);
    expect(body.error.message).toContain(
      "Slipway refuses to remove it: with force the engine would only untag it and leave " +
        "the image dangling while the container runs.",
    );
    expect((await docker.getImage(soloTag).inspect()).Id).toBe(soloId);
  });

  it("refuses without force once stopped, saying force removes it anyway", async () => {
    await docker.getContainer(containerName).kill();

    const { status, body } = await apiJson<ApiFailure>(
      "DELETE",
      `/api/docker/images/${seg(soloTag)}`,
    );
    expect(status).toBe(409);
    expect(body.error.message).toContain(`stopped container ${containerName}`);
    expect(body.error.message).toContain("force");
    expect(body.error.details?.engineMessage).toMatch(/container .* is using its referenced image/);
  });

  it("removes it with force once stopped", async () => {
    const { status, body } = await apiJson<{ id: string; imageRemoved: boolean }>(
      "DELETE",
      `/api/docker/images/${seg(soloTag)}?force=true`,
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: soloId, imageRemoved: true });
    await expect(docker.getImage(soloTag).inspect()).rejects.toMatchObject({ statusCode: 404 });
  });
});
