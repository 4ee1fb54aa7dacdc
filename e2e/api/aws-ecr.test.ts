import { afterAll, describe, expect, it } from "vitest";
import { testName } from "../support/docker";
import { apiJson } from "../support/http";
import { putTestImage, removeTestRepository } from "../support/moto/ecr";

interface Repository {
  name: string;
  uri: string;
  tagMutability: string;
  scanOnPush: boolean;
  imageCount: number;
  createdAt: string;
  pushCommands?: Array<{ label: string; command: string }>;
}
interface ApiError {
  error: { code: string; message: string; details?: { images?: Array<{ tags: string[] }> } };
}

const made: string[] = [];
const seg = encodeURIComponent;

afterAll(async () => {
  for (const name of made) await removeTestRepository(name);
});

async function createRepository(extra: Record<string, unknown> = {}) {
  const name = `${testName("repo")}/app`;
  made.push(name);
  const res = await apiJson<Repository>("POST", "/api/ecr/repositories", { name, ...extra });
  expect(res.status).toBe(201);
  return res.body;
}

describe("ECR repositories", () => {
  it("creates a repository with the chosen settings and lists it", async () => {
    const created = await createRepository({ tagMutability: "IMMUTABLE", scanOnPush: true });
    expect(created.uri).toMatch(/\.dkr\.ecr\.us-east-1\.amazonaws\.com\/slipway-test-/);

    const { body: list } = await apiJson<Repository[]>("GET", "/api/ecr/repositories");
    const listed = list.find((r) => r.name === created.name);
    expect(listed).toMatchObject({ tagMutability: "IMMUTABLE", scanOnPush: true, imageCount: 0 });
    expect(Date.parse(listed?.createdAt ?? "")).toBeGreaterThan(0);
  });

  it("shows one repository with push commands built from its URI", async () => {
    const created = await createRepository();
    const { status, body } = await apiJson<Repository>(
      "GET",
      `/api/ecr/repositories/${seg(created.name)}`,
    );
    expect(status).toBe(200);
    const commands = body.pushCommands?.map((c) => c.command) ?? [];
    expect(commands[0]).toContain(`--password-stdin ${created.uri.split("/")[0]}`);
    expect(commands[2]).toBe(`docker push ${created.uri}:latest`);
  });

  it("refuses a name against ECR's rules before asking AWS", async () => {
    const { status, body } = await apiJson<ApiError>("POST", "/api/ecr/repositories", {
      name: "Slipway-Test-Upper",
    });
    expect(status).toBe(400);
    expect(body.error.message).toContain("name: repository name must be lower case");
  });

  it("refuses an unknown tag mutability, naming the field", async () => {
    const { status, body } = await apiJson<ApiError>("POST", "/api/ecr/repositories", {
      name: testName("repo"),
      tagMutability: "SOMETIMES",
    });
    expect(status).toBe(400);
    expect(body.error.message).toContain("tagMutability");
  });

  it("answers 409 for a name that exists, keeping AWS's error name", async () => {
    const created = await createRepository();
    const again = await apiJson<ApiError>("POST", "/api/ecr/repositories", { name: created.name });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/^RepositoryAlreadyExistsException: /);
  });

  it("lists images with tags, digest, size and push time", async () => {
    const repo = await createRepository();
    const digest = await putTestImage(repo.name, "v1");
    await putTestImage(repo.name, "v2", "other");

    const { status, body } = await apiJson<
      Array<{ digest: string; tags: string[]; sizeBytes: number; pushedAt: string }>
    >("GET", `/api/ecr/repositories/${seg(repo.name)}/images`);
    expect(status).toBe(200);
    expect(body).toHaveLength(2);
    const v1 = body.find((i) => i.digest === digest);
    expect(v1?.tags).toEqual(["v1"]);
    expect(v1?.sizeBytes).toBeGreaterThan(0);
    expect(Date.parse(v1?.pushedAt ?? "")).toBeGreaterThan(0);

    const { body: list } = await apiJson<Repository[]>("GET", "/api/ecr/repositories");
    expect(list.find((r) => r.name === repo.name)?.imageCount).toBe(2);
  });

  it("deletes an image by digest", async () => {
    const repo = await createRepository();
    const digest = await putTestImage(repo.name, "gone");
    const path = `/api/ecr/repositories/${seg(repo.name)}/images/${seg(digest)}`;

    expect((await apiJson("DELETE", path)).status).toBe(200);
    const { body } = await apiJson<unknown[]>(
      "GET",
      `/api/ecr/repositories/${seg(repo.name)}/images`,
    );
    expect(body).toEqual([]);
    expect((await apiJson<ApiError>("DELETE", path)).status).toBe(404);
  });

  it("refuses a malformed digest, naming the field", async () => {
    const { status, body } = await apiJson<ApiError>(
      "DELETE",
      "/api/ecr/repositories/slipway-test-x/images/latest",
    );
    expect(status).toBe(400);
    expect(body.error.message).toContain("digest");
  });

  it("refuses to delete a repository with images unless forced, listing them", async () => {
    const repo = await createRepository();
    await putTestImage(repo.name, "keep-me");
    const path = `/api/ecr/repositories/${seg(repo.name)}`;

    const refused = await apiJson<ApiError>("DELETE", path);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain("keep-me");
    expect(refused.body.error.details?.images?.[0]?.tags).toEqual(["keep-me"]);

    expect((await apiJson("DELETE", `${path}?force=true`)).status).toBe(200);
    expect((await apiJson<ApiError>("GET", path)).status).toBe(404);
  });

  it("deletes an empty repository without force", async () => {
    const repo = await createRepository();
    const path = `/api/ecr/repositories/${seg(repo.name)}`;
    expect((await apiJson("DELETE", path)).status).toBe(200);
    const missing = await apiJson<ApiError>("DELETE", path);
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toMatch(/^RepositoryNotFoundException/);
  });

  it("refuses a force flag that is not true or false", async () => {
    const { status, body } = await apiJson<ApiError>(
      "DELETE",
      "/api/ecr/repositories/slipway-test-x?force=yes",
    );
    expect(status).toBe(400);
    expect(body.error.message).toContain("force");
  });
});
