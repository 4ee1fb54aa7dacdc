import { afterAll, describe, expect, it } from "vitest";
import {
  containerNames,
  containersNamed,
  type ErrorBody,
  IDLE,
  runContainer,
} from "../support/containers";
import { docker, testLabels, testName } from "../support/docker";
import { BASE_IMAGE } from "../support/env";
import { apiJson } from "../support/http";

// Lifecycle actions, removal, inspect and input checks of the container routes.

const { name, removeAll } = containerNames();
afterAll(removeAll);

const path = (id: string, rest = "") => `/api/docker/containers/${encodeURIComponent(id)}${rest}`;

async function idleContainer(what: string, extra: Record<string, unknown> = {}) {
  const { status, body } = await runContainer({
    name: name(what),
    cmd: ["sh", "-c", IDLE],
    ...extra,
  });
  expect(status).toBe(201);
  return body.id;
}

async function act(id: string, action: string) {
  return apiJson<{ id: string; state: string } & ErrorBody>("POST", path(id, `/${action}`));
}

describe("container actions", () => {
  it("stops, starts, restarts, pauses, unpauses and kills", async () => {
    const id = await idleContainer("life");
    const states: string[] = [];
    for (const action of ["stop", "start", "restart", "pause", "unpause", "kill"]) {
      const { status, body } = await act(id, action);
      expect(status, `${action}: ${JSON.stringify(body)}`).toBe(200);
      states.push(body.state);
    }
    expect(states).toEqual(["exited", "running", "running", "paused", "running", "exited"]);
    expect((await docker.getContainer(id).inspect()).State.Status).toBe("exited");
  });

  it.each([
    ["running", "start", "is already running"],
    ["running", "unpause", "is not paused (it is running)"],
    ["stopped", "stop", "is already stopped"],
    ["stopped", "kill", "is already stopped"],
    ["stopped", "unpause", "is not paused (it is stopped)"],
    ["stopped", "pause", "is stopped, so it cannot be paused: start it first"],
    ["paused", "pause", "is already paused"],
    ["paused", "start", "is paused: unpause it instead"],
  ])("answers 409 conflict to a %s container asked to %s: %s", async (state, action, words) => {
    const n = name(`misfit-${action}`);
    const { status: created } = await runContainer({ name: n, cmd: ["sh", "-c", IDLE] });
    expect(created).toBe(201);
    if (state === "stopped") expect((await act(n, "stop")).status).toBe(200);
    if (state === "paused") expect((await act(n, "pause")).status).toBe(200);

    const { status, body } = await act(n, action);
    expect(status).toBe(409);
    expect(body.error).toMatchObject({ code: "conflict", message: `Container ${n} ${words}` });
  });

  it("refuses an action that is not one of the six, naming it", async () => {
    const id = await idleContainer("odd");
    const { status, body } = await act(id, "explode");
    expect(status).toBe(400);
    expect(body.error.message).toContain("action");
  });
});

describe("removing a container", () => {
  async function withAnonymousVolume(what: string) {
    const n = name(what);
    const container = await docker.createContainer({
      name: n,
      Image: BASE_IMAGE,
      Cmd: ["sh", "-c", IDLE],
      Labels: testLabels,
      Volumes: { "/data": {} },
    });
    await container.start();
    const volume = (await container.inspect()).Mounts[0]?.Name ?? "";
    expect(volume).not.toBe("");
    return { id: container.id, name: n, volume };
  }

  it("refuses a running container without force", async () => {
    const { id } = await withAnonymousVolume("busy");
    const { status } = await apiJson("DELETE", path(id));
    expect(status).toBe(409);
  });

  it("removes a running container and its anonymous volume with force and volumes", async () => {
    const { id, name: n, volume } = await withAnonymousVolume("vol");
    const { status, body } = await apiJson("DELETE", path(id, "?force=true&volumes=true"));
    expect(status).toBe(200);
    expect(body).toEqual({ id, removed: true });
    expect(await containersNamed(n)).toEqual([]);
    await expect(docker.getVolume(volume).inspect()).rejects.toMatchObject({ statusCode: 404 });
  });

  it("keeps the anonymous volume without volumes=true", async () => {
    const { id, volume } = await withAnonymousVolume("keep");
    await act(id, "stop");
    const { status } = await apiJson("DELETE", path(id));
    expect(status).toBe(200);
    const kept = await docker.getVolume(volume).inspect();
    expect(kept.Name).toBe(volume);
    await docker.getVolume(volume).remove();
  });
});

describe("inspecting a container", () => {
  const secret = "s3cr3t-value-for-the-mask";

  it("masks env values by default, in the view and in the raw document", async () => {
    const id = await idleContainer("env", { env: { API_TOKEN: secret }, restart: "on-failure:2" });
    const { status, body } = await apiJson<Record<string, unknown>>("GET", path(id));
    expect(status).toBe(200);
    expect(JSON.stringify(body)).not.toContain(secret);
    expect(body).toMatchObject({
      envMasked: true,
      restartPolicy: { name: "on-failure", maximumRetryCount: 2 },
      state: { status: "running", running: true },
      command: `sh -c '${IDLE.replace(/'/g, `'\\''`)}'`,
    });
    expect(body.env).toContainEqual({ name: "API_TOKEN", value: null });
  });

  it("reveals env values with revealEnv=true", async () => {
    const id = await idleContainer("reveal", { env: { API_TOKEN: secret } });
    const { body } = await apiJson<{ envMasked: boolean; env: unknown[] }>(
      "GET",
      path(id, "?revealEnv=true"),
    );
    expect(body.envMasked).toBe(false);
    expect(body.env).toContainEqual({ name: "API_TOKEN", value: secret });
  });

  it("finds a container by name as well as by id", async () => {
    const n = name("byname");
    await runContainer({ name: n, cmd: ["sh", "-c", IDLE] });
    const { status, body } = await apiJson<{ name: string }>("GET", path(n));
    expect(status).toBe(200);
    expect(body.name).toBe(n);
  });
});

describe("unknown containers and bad input", () => {
  const unknown = testName("nobody");

  it.each([
    ["GET", ""],
    ["POST", "/start"],
    ["DELETE", "?force=true"],
  ])("answers 404 to %s of an unknown container", async (method, rest) => {
    const { status, body } = await apiJson<ErrorBody>(method, path(unknown, rest));
    expect(status).toBe(404);
    expect(body.error.code).toBe("not_found");
  });

  it.each([
    [{ image: "" }, "image"],
    [{ image: BASE_IMAGE, ports: ["8080:80", "99999:80"] }, "ports.1"],
    [{ image: BASE_IMAGE, ports: ["8080:80/icmp"] }, 'protocol "icmp"'],
    [{ image: BASE_IMAGE, name: "-bad name" }, "name"],
    [{ image: BASE_IMAGE, env: { "A=B": "x" } }, `env key "A=B": an env name holds no '='`],
    [
      { image: BASE_IMAGE, env: { "BAD NAME": "x" } },
      `env key "BAD NAME": an env name holds no '=', spaces or NUL`,
    ],
    [{ image: BASE_IMAGE, labels: { "": "x" } }, 'labels key "": a label name is not empty'],
    [{ image: BASE_IMAGE, restart: "sometimes" }, "restart"],
    [{ image: BASE_IMAGE, colour: "blue" }, "colour"],
    [{ image: BASE_IMAGE, ports: ["8080:80", "8080:81"] }, "both ask for host port 8080"],
  ])("answers 400 to %j naming %s", async (input, words) => {
    const { status, body } = await apiJson<ErrorBody>("POST", "/api/docker/containers", input);
    expect(status).toBe(400);
    expect(body.error.code).toBe("invalid_input");
    expect(body.error.message).toContain(words);
  });

  it("answers 400 to a query flag that is not true or false", async () => {
    const { status, body } = await apiJson<ErrorBody>("GET", "/api/docker/containers?all=yes");
    expect(status).toBe(400);
    expect(body.error.message).toContain("all");
  });
});
