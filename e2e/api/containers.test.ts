import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import {
  containerNames,
  containersNamed,
  freePort,
  IDLE,
  type PortView,
  runContainer as run,
  SERVE,
} from "../support/containers";
import { docker, testLabels } from "../support/docker";
import { BASE_IMAGE } from "../support/env";
import { apiJson, eventually } from "../support/http";

// Running and listing containers through Slipway's API against the real engine.

const { name, removeAll } = containerNames();
afterAll(removeAll);

describe("running a container", () => {
  it("publishes a loopback port that answers through the host", async () => {
    const port = await freePort();
    const web = name("web");
    const { status, body } = await run({
      name: web,
      ports: [`127.0.0.1:${port}:8000`],
      cmd: ["sh", "-c", SERVE],
      restart: "unless-stopped",
    });
    expect(status).toBe(201);
    expect(body.id).toMatch(/^[0-9a-f]{64}$/);
    expect(body.ports).toEqual([
      {
        hostIp: "127.0.0.1",
        hostPort: port,
        containerPort: 8000,
        protocol: "tcp",
        url: `http://127.0.0.1:${port}`,
      },
    ]);

    const page = await eventually(async () => {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      return response.text();
    });
    expect(page.trim()).toBe("hello-from-slipway");
  });

  it("lists the container with its port binding as numbers", async () => {
    const port = await freePort();
    const listed = name("listed");
    await run({ name: listed, ports: [`127.0.0.1:${port}:8000`], cmd: ["sh", "-c", IDLE] });

    const { status, body } = await apiJson<Record<string, unknown>[]>(
      "GET",
      "/api/docker/containers?all=true",
    );
    expect(status).toBe(200);
    const entry = body.find((c) => c.name === listed);
    expect(entry).toMatchObject({
      image: BASE_IMAGE,
      state: "running",
      status: expect.stringMatching(/^Up /),
      created: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      ports: [{ hostIp: "127.0.0.1", hostPort: port, containerPort: 8000, protocol: "tcp" }],
    });
    expect(entry?.id).toMatch(/^[0-9a-f]{64}$/);
  });

  it("shows a wildcard binding once, linked at 127.0.0.1", async () => {
    const port = await freePort();
    const wild = name("wild");
    await run({ name: wild, ports: [`${port}:8000`], cmd: ["sh", "-c", IDLE] });

    const { body } = await apiJson<{ name: string; ports: PortView[] }[]>(
      "GET",
      "/api/docker/containers",
    );
    const ports = body.find((c) => c.name === wild)?.ports;
    expect(ports).toEqual([
      {
        hostIp: "0.0.0.0",
        hostPort: port,
        containerPort: 8000,
        protocol: "tcp",
        url: `http://127.0.0.1:${port}`,
      },
    ]);
  });

  it("lists an exposed but unpublished port with a null host port", async () => {
    const bare = name("bare");
    const container = await docker.createContainer({
      name: bare,
      Image: BASE_IMAGE,
      Cmd: ["sh", "-c", IDLE],
      Labels: testLabels,
      ExposedPorts: { "7000/tcp": {} },
    });
    await container.start();

    const { body } = await apiJson<{ name: string; ports: PortView[] }[]>(
      "GET",
      "/api/docker/containers",
    );
    expect(body.find((c) => c.name === bare)?.ports).toEqual([
      { hostIp: null, hostPort: null, containerPort: 7000, protocol: "tcp", url: null },
    ]);
  });

  it("binds a udp spec as port/udp with a string host port (D6)", async () => {
    const port = await freePort();
    const udp = name("udp");
    const { status, body } = await run({
      name: udp,
      ports: [`127.0.0.1:${port}:9000/udp`],
      cmd: ["sh", "-c", IDLE],
    });
    expect(status).toBe(201);
    expect(body.ports).toEqual([
      { hostIp: "127.0.0.1", hostPort: port, containerPort: 9000, protocol: "udp", url: null },
    ]);

    const raw = await docker.getContainer(body.id).inspect();
    expect(raw.Config.ExposedPorts).toEqual({ "9000/udp": {} });
    expect(raw.HostConfig.PortBindings).toEqual({
      "9000/udp": [{ HostIp: "127.0.0.1", HostPort: String(port) }],
    });
    expect(raw.NetworkSettings.Ports["9000/udp"]).toEqual([
      { HostIp: "127.0.0.1", HostPort: String(port) },
    ]);
  });

  it("publishes on an IPv6 loopback address written in brackets", async () => {
    const port = await freePort();
    const { status, body } = await run({
      name: name("v6"),
      ports: [`[::1]:${port}:8000`],
      cmd: ["sh", "-c", SERVE],
    });
    expect(status).toBe(201);
    expect(body.ports[0]?.url).toBe(`http://[::1]:${port}`);
    const page = await eventually(async () => (await fetch(`http://[::1]:${port}/`)).text());
    expect(page.trim()).toBe("hello-from-slipway");
  });

  it("answers the host port the engine picked when the spec leaves it out", async () => {
    const { status, body } = await run({
      name: name("picked"),
      ports: ["127.0.0.1::8000"],
      cmd: ["sh", "-c", IDLE],
    });
    expect(status).toBe(201);
    expect(body.ports).toHaveLength(1);
    expect(body.ports[0]?.hostIp).toBe("127.0.0.1");
    expect(body.ports[0]?.hostPort).toBeGreaterThan(0);
  });

  it("answers 409 naming a host port already taken, and leaves no container", async () => {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
    const { port } = holder.address() as net.AddressInfo;
    const clash = name("clash");
    try {
      const { status, body } = await run({
        name: clash,
        ports: [`127.0.0.1:${port}:8000`],
        cmd: ["sh", "-c", IDLE],
      });
      expect(status).toBe(409);
      expect(body.error.code).toBe("conflict");
      expect(body.error.message).toContain(`Host port ${port}`);
      expect(await containersNamed(clash)).toEqual([]);
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });

  it("answers 201 naming the exit code and the logs when the container exits at once", async () => {
    const quitter = name("quits");
    const { status, body } = await run({ name: quitter, cmd: ["sh", "-c", "exit 3"] });
    expect(status).toBe(201);
    expect(body).toMatchObject({ name: quitter, state: "exited", exitCode: 3 });
    expect(body.warnings).toEqual([
      `Container ${quitter} exited right after it started, with exit code 3. ` +
        `Its logs say why: /api/docker/containers/${body.id.slice(0, 12)}/logs.`,
    ]);
    expect((await containersNamed(quitter))[0]?.State).toBe("exited");
  });

  it("adds that bindings went unchecked when a container with ports exits at once", async () => {
    const port = await freePort();
    const { status, body } = await run({
      name: name("quits-ports"),
      ports: [`127.0.0.1:${port}:8000`],
      cmd: ["sh", "-c", "exit 0"],
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({ state: "exited", exitCode: 0 });
    expect(body.warnings[0]).toContain("with exit code 0");
    expect(body.warnings[1]).toContain("port bindings could not be checked");
  });

  it("answers state running, no exit code, no warnings for a container that stays", async () => {
    const { status, body } = await run({ name: name("stays"), cmd: ["sh", "-c", IDLE] });
    expect(status).toBe(201);
    expect(body).toMatchObject({ state: "running", exitCode: null, warnings: [] });
  });

  it("reports a command that cannot start, and removes the container it created", async () => {
    const broken = name("broken");
    const { status, body } = await run({ name: broken, cmd: ["/no/such/program"] });
    expect(status).toBe(400);
    expect(body.error.message).toContain("/no/such/program");
    expect(await containersNamed(broken)).toEqual([]);
  });

  it("answers not_found for an image this engine does not have, creating nothing", async () => {
    const ghost = name("ghost");
    const { status, body } = await run({ name: ghost, image: "slipway-test/no-such-image:1" });
    expect(status).toBe(404);
    expect(body.error.message).toContain('Image "slipway-test/no-such-image:1" is not on this');
    expect(await containersNamed(ghost)).toEqual([]);
  });
});

describe("run defaults", () => {
  it("offers the image's exposed ports and env names", async () => {
    const source = await docker.createContainer({
      name: name("src"),
      Image: BASE_IMAGE,
      Cmd: ["true"],
      Labels: testLabels,
    });
    const repo = `slipway-test/ctr-defaults-${process.pid}`;
    await source.commit({
      repo,
      tag: "v1",
      changes: [
        "EXPOSE 8000",
        "EXPOSE 53/udp",
        "ENV APP_NAME=demo",
        'CMD ["sh"]',
        "LABEL slipway-test=1",
      ],
    });
    try {
      const ref = encodeURIComponent(`${repo}:v1`);
      const { status, body } = await apiJson<Record<string, unknown>>(
        "GET",
        `/api/docker/containers/run-defaults?image=${ref}`,
      );
      expect(status).toBe(200);
      expect(body).toMatchObject({
        image: `${repo}:v1`,
        exposedPorts: ["53/udp", "8000/tcp"],
        cmd: ["sh"],
      });
      expect(body.envNames).toContain("APP_NAME");
      expect(JSON.stringify(body)).not.toContain("demo");
    } finally {
      await docker
        .getImage(`${repo}:v1`)
        .remove({ force: true })
        .catch(() => undefined);
    }
  });

  it("answers not_found for an image the engine lacks", async () => {
    const { status, body } = await apiJson<{ error: { code: string } }>(
      "GET",
      "/api/docker/containers/run-defaults?image=slipway-test%2Fno-such-image%3A1",
    );
    expect(status).toBe(404);
    expect(body.error.code).toBe("not_found");
  });
});
