import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SLIPWAY_URL } from "../support/env";
import { apiJson } from "../support/http";

// A second engine: the same local engine reached through a TCP listener the test
// starts itself (socat on 127.0.0.1), and one on a closed port that cannot answer.

interface EngineView {
  id: string;
  name: string;
  kind: string;
  address: string;
  tls: boolean;
  active: boolean;
  answers?: boolean;
  error?: string;
}

let socat: ChildProcess | undefined;
let port = 0;
let closedPort = 0;
const added: string[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port: chosen } = server.address() as net.AddressInfo;
      server.close(() => resolve(chosen));
    });
  });
}

async function listening(at: number, deadline = Date.now() + 10_000): Promise<void> {
  while (Date.now() < deadline) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect(at, "127.0.0.1", () => {
        socket.end();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nothing listens on 127.0.0.1:${at}`);
}

async function addEngine(name: string, address: string) {
  const reply = await apiJson<EngineView>("POST", "/api/docker/engines", { name, address });
  if (reply.status === 201) added.push(reply.body.id);
  return reply;
}

beforeAll(async () => {
  port = await freePort();
  closedPort = await freePort();
  socat = spawn(
    "socat",
    [`TCP-LISTEN:${port},bind=127.0.0.1,fork,reuseaddr`, "UNIX-CONNECT:/var/run/docker.sock"],
    { stdio: "ignore" },
  );
  await listening(port);
});

afterAll(async () => {
  for (const id of added) await apiJson("DELETE", `/api/docker/engines/${id}`);
  if (socat?.pid) process.kill(socat.pid);
});

describe("engines", () => {
  it("always lists the local engine, needing no setup", async () => {
    const { status, body } = await apiJson<{ engines: EngineView[] }>("GET", "/api/docker/engines");
    expect(status).toBe(200);
    expect(body.engines[0]).toMatchObject({ id: "local", kind: "unix", answers: true });
  });

  it("reaches the same engine through a TCP endpoint", async () => {
    const address = `tcp://127.0.0.1:${port}`;
    const { status, body } = await addEngine("slipway-test tcp", address);
    expect(status).toBe(201);
    expect(body).toMatchObject({ kind: "tcp", address, tls: false, answers: true });
    const id = body.id;

    const list = await apiJson<{ engines: EngineView[] }>("GET", "/api/docker/engines");
    expect(list.body.engines.find((e) => e.id === id)).toMatchObject({ answers: true });

    const containers = await apiJson<unknown[]>("GET", `/api/docker/containers?engine=${id}`);
    expect(containers.status).toBe(200);
    expect(Array.isArray(containers.body)).toBe(true);

    const health = await apiJson<{
      docker: { ok: boolean; endpoint: string; engine: { id: string } };
    }>("GET", `/api/health?engine=${id}`);
    expect(health.body.docker).toMatchObject({ ok: true, endpoint: address, engine: { id } });
  });

  it("lists an engine on a closed port as not answering and names it in errors", async () => {
    const address = `tcp://127.0.0.1:${closedPort}`;
    const { status, body } = await addEngine("slipway-test closed", address);
    expect(status).toBe(201);
    expect(body.answers).toBe(false);
    expect(body.error).toContain(address);

    const list = await apiJson<{ engines: EngineView[] }>("GET", "/api/docker/engines");
    expect(list.body.engines.find((e) => e.id === body.id)?.answers).toBe(false);

    const reply = await apiJson<{ error: { code: string; message: string } }>(
      "GET",
      `/api/docker/containers?engine=${body.id}`,
    );
    expect(reply.status).toBe(503);
    expect(reply.body.error.code).toBe("docker_unavailable");
    expect(reply.body.error.message).toContain(address);
  });

  it("chooses the browser's engine by cookie", async () => {
    const id = added[0];
    const reply = await fetch(`${SLIPWAY_URL}/api/docker/engines/active`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ id }),
    });
    expect(reply.status).toBe(200);
    const cookie = reply.headers.get("set-cookie") ?? "";
    expect(cookie).toContain(`slipway_engine=${id}`);
    const health = await fetch(`${SLIPWAY_URL}/api/health`, {
      headers: { Cookie: cookie.split(";")[0] ?? "" },
    });
    expect((await health.json()).docker.engine.id).toBe(id);
  });

  it("refuses bad addresses and unknown engines", async () => {
    const bad = await apiJson<{ error: { code: string; message: string } }>(
      "POST",
      "/api/docker/engines",
      { name: "x", address: "tcp://127.0.0.1" },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/address/);
    const unknown = await apiJson("GET", "/api/docker/containers?engine=no-such-engine");
    expect(unknown.status).toBe(404);
    const local = await apiJson("DELETE", "/api/docker/engines/local");
    expect(local.status).toBe(400);
  });

  it("refuses an address another engine already has, naming that engine", async () => {
    type Refusal = { error: { code: string; message: string } };
    const again = await apiJson<Refusal>("POST", "/api/docker/engines", {
      name: "slipway-test tcp again",
      address: `TCP://127.0.0.1:${port}/`.replace("TCP", "tcp"),
    });
    expect(again.status).toBe(409);
    expect(again.body.error).toEqual({
      code: "conflict",
      message:
        `The engine "slipway-test tcp" already has the address tcp://127.0.0.1:${port}: ` +
        "use it, or remove it first",
    });
    const local = await apiJson<Refusal>("POST", "/api/docker/engines", {
      name: "slipway-test local again",
      address: "unix:///var/run/docker.sock",
    });
    expect(local.status).toBe(409);
    expect(local.body.error.message).toMatch(/^The engine "Local" already has the address/);
    const list = await apiJson<{ engines: EngineView[] }>("GET", "/api/docker/engines?ping=0");
    expect(list.body.engines.filter((e) => e.name.includes("again"))).toEqual([]);
  });

  it("removes a saved engine", async () => {
    const id = added.pop() as string;
    expect((await apiJson("DELETE", `/api/docker/engines/${id}`)).status).toBe(200);
    const list = await apiJson<{ engines: EngineView[] }>("GET", "/api/docker/engines?ping=0");
    expect(list.body.engines.some((e) => e.id === id)).toBe(false);
    expect((await apiJson("DELETE", `/api/docker/engines/${id}`)).status).toBe(404);
  });
});
