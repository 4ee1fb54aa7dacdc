import { afterAll, describe, expect, it } from "vitest";
import { docker } from "../support/docker";
import { apiJson } from "../support/http";
import { labelledContainer, removeRunResources, runLabels } from "../support/resources";

// Volumes through the HTTP API against the real engine. Every volume and container
// made here carries this run's label and is removed at the end.

interface VolumeUser {
  id: string;
  name: string;
  state: string;
  destination: string;
  readOnly: boolean;
}
interface Volume {
  name: string;
  driver: string;
  mountpoint: string;
  created: string | null;
  labels: Record<string, string>;
  size: number | null;
  containers: VolumeUser[];
  options?: Record<string, string>;
}
interface Failure {
  error: { code: string; message: string; details?: { containers?: VolumeUser[] } };
}

const { run, labels } = runLabels("vol");
const name = `${run}-data`;
const path = (n: string) => `/api/docker/volumes/${encodeURIComponent(n)}`;

afterAll(() => removeRunResources(run));

describe("volumes", () => {
  let user = { id: "", name: "" };

  it("creates a named, labelled volume", async () => {
    const { status, body } = await apiJson<Volume>("POST", "/api/docker/volumes", {
      name,
      labels,
    });

    expect(status).toBe(201);
    expect(body).toMatchObject({ name, driver: "local", labels, containers: [] });
    expect(body.mountpoint).toContain(name);
    expect((await docker.getVolume(name).inspect()).Labels).toMatchObject(labels);
  });

  it("refuses a second volume of the same name", async () => {
    const { status, body } = await apiJson<Failure>("POST", "/api/docker/volumes", { name });
    expect(status).toBe(409);
    expect(body.error.message).toContain("already exists");
  });

  it("refuses a name the engine would refuse", async () => {
    const { status, body } = await apiJson<Failure>("POST", "/api/docker/volumes", { name: "a" });
    expect(status).toBe(400);
    expect(body.error.message).toContain("at least 2 characters");
  });

  it("lists it with its size and the stopped container using it", async () => {
    const made = await labelledContainer(labels, { binds: [`${name}:/data:ro`] });
    user = made;
    // Some data for the size, written by a container that is gone again.
    const writer = await labelledContainer(labels, {
      cmd: ["sh", "-c", "head -c 40000 /dev/zero > /data/blob"],
      binds: [`${name}:/data`],
      start: true,
    });
    await writer.container.wait();
    await writer.container.remove();

    const { status, body } = await apiJson<Volume[]>("GET", "/api/docker/volumes");

    expect(status).toBe(200);
    const listed = body.find((v) => v.name === name);
    expect(listed?.containers).toEqual([
      { id: made.id, name: made.name, state: "created", destination: "/data", readOnly: true },
    ]);
    expect(listed?.size).toBeGreaterThanOrEqual(40_000);
  });

  it("inspects one volume", async () => {
    const { status, body } = await apiJson<Volume>("GET", path(name));
    expect(status).toBe(200);
    expect(body).toMatchObject({ name, options: {}, labels });
    expect(body.containers.map((c) => c.name)).toEqual([user.name]);
  });

  it("refuses to remove a volume in use, naming the container", async () => {
    const { status, body } = await apiJson<Failure>("DELETE", `${path(name)}?force=true`);

    expect(status).toBe(409);
    expect(body.error.message).toContain(user.name);
    expect(body.error.details?.containers?.map((c) => c.id)).toEqual([user.id]);
    expect((await docker.getVolume(name).inspect()).Name).toBe(name);
  });

  it("removes it once no container uses it", async () => {
    await docker.getContainer(user.id).remove();

    const { status, body } = await apiJson<{ name: string }>("DELETE", path(name));

    expect(status).toBe(200);
    expect(body).toEqual({ name });
    const gone = await apiJson<Failure>("GET", path(name));
    expect(gone.status).toBe(404);
    expect(gone.body.error.code).toBe("not_found");
  });

  it("lets the engine name a volume created without a name", async () => {
    const { status, body } = await apiJson<Volume>("POST", "/api/docker/volumes", { labels });
    expect(status).toBe(201);
    expect(body.name).toMatch(/^[0-9a-f]{64}$/);
  });
});
