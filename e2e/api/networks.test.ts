import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docker } from "../support/docker";
import { apiJson } from "../support/http";
import { labelledContainer, removeRunResources, runLabels } from "../support/resources";

// Networks through the HTTP API against the real engine. Every network and container
// made here carries this run's label and is removed at the end.

interface Member {
  id: string;
  name: string;
  state: string;
  ipv4: string | null;
}
interface Network {
  id: string;
  name: string;
  driver: string;
  internal: boolean;
  predefined: boolean;
  labels: Record<string, string>;
  subnets: Array<{ subnet: string; gateway: string | null }>;
  containers: Member[];
}
interface Failure {
  error: { code: string; message: string; details?: { containers?: Member[] } };
}

const { run, labels } = runLabels("net");
const name = `${run}-app`;
const path = (ref: string, tail = "") => `/api/docker/networks/${encodeURIComponent(ref)}${tail}`;
// A /24 from a range the engine's own pools do not hand out, picked per run.
const third = 1 + (process.pid % 250);
const subnet = `10.213.${third}.0/24`;
const gateway = `10.213.${third}.1`;

let web = { id: "", name: "" };

beforeAll(async () => {
  web = await labelledContainer(labels, { cmd: ["sleep", "120"], start: true });
});

afterAll(() => removeRunResources(run));

describe("creating networks", () => {
  it("creates a labelled bridge network with a subnet and gateway", async () => {
    const { status, body } = await apiJson<Network>("POST", "/api/docker/networks", {
      name,
      subnet,
      gateway,
      internal: true,
      labels,
    });

    expect(status).toBe(201);
    expect(body).toMatchObject({
      name,
      driver: "bridge",
      internal: true,
      predefined: false,
      labels,
      subnets: [{ subnet, gateway }],
      containers: [],
    });
  });

  it.each([
    ["10.213.0.0", "is not a CIDR block"],
    ["10.213.0.7/24", "did you mean 10.213.0.0/24"],
    ["10.213.0.0/40", "is not a CIDR block"],
  ])("refuses the subnet %s with 400", async (bad, message) => {
    const { status, body } = await apiJson<Failure>("POST", "/api/docker/networks", {
      name: `${run}-bad`,
      subnet: bad,
      labels,
    });
    expect(status).toBe(400);
    expect(body.error.message).toContain(message);
  });

  it("refuses a gateway outside the subnet", async () => {
    const { status, body } = await apiJson<Failure>("POST", "/api/docker/networks", {
      name: `${run}-bad`,
      subnet: "10.214.0.0/24",
      gateway: "10.215.0.1",
    });
    expect(status).toBe(400);
    expect(body.error.message).toContain("gateway: 10.215.0.1 is not a host address");
  });

  it("refuses a subnet that overlaps another network's, naming it", async () => {
    const { status, body } = await apiJson<Failure>("POST", "/api/docker/networks", {
      name: `${run}-overlap`,
      subnet: `10.213.${third}.128/25`,
      labels,
    });
    expect(status).toBe(409);
    expect(body.error.message).toContain(`network "${name}"`);
  });
});

describe("attaching containers", () => {
  it("connects a running container and lists it with its address", async () => {
    const { status, body } = await apiJson<Network>("POST", path(name, "/connect"), {
      container: web.name,
    });

    expect(status).toBe(200);
    const member = body.containers.find((c) => c.id === web.id);
    expect(member?.state).toBe("running");
    expect(member?.ipv4).toMatch(new RegExp(`^10\\.213\\.${third}\\.\\d+$`));
    const inspected = await docker.getContainer(web.id).inspect();
    expect(Object.keys(inspected.NetworkSettings.Networks)).toContain(name);
  });

  it("says a container is already connected", async () => {
    const { status } = await apiJson<Failure>("POST", path(name, "/connect"), {
      container: web.id,
    });
    expect(status).toBe(409);
  });

  it("lists the network with its members", async () => {
    const { body } = await apiJson<Network[]>("GET", "/api/docker/networks");
    const listed = body.find((n) => n.name === name);
    expect(listed?.containers.map((c) => c.name)).toEqual([web.name]);
    const predefined = body.filter((n) => n.predefined).map((n) => n.name);
    expect(predefined).toEqual(expect.arrayContaining(["bridge", "host", "none"]));
  });

  it("refuses to remove a network in use, naming the container", async () => {
    const { status, body } = await apiJson<Failure>("DELETE", path(name));
    expect(status).toBe(409);
    expect(body.error.message).toContain(web.name);
  });

  it("disconnects it", async () => {
    const { status, body } = await apiJson<Network>("POST", path(name, "/disconnect"), {
      container: web.id,
    });

    expect(status).toBe(200);
    expect(body.containers).toEqual([]);
    const inspected = await docker.getContainer(web.id).inspect();
    expect(Object.keys(inspected.NetworkSettings.Networks)).not.toContain(name);
  });

  it("counts a stopped container configured on the network as in use", async () => {
    const idle = await labelledContainer(labels, { network: name });

    const { status, body } = await apiJson<Failure>("DELETE", path(name));

    expect(status).toBe(409);
    expect(body.error.details?.containers?.map((c) => [c.name, c.state])).toEqual([
      [idle.name, "created"],
    ]);
    await idle.container.remove();
  });
});

describe("removing networks", () => {
  it.each(["bridge", "host", "none"])("refuses to remove the predefined %s network", async (n) => {
    const { status, body } = await apiJson<Failure>("DELETE", path(n));
    expect(status).toBe(409);
    expect(body.error.message).toContain("predefined");
  });

  it("removes an unused network", async () => {
    const { status } = await apiJson("DELETE", path(name));
    expect(status).toBe(200);
    const gone = await apiJson<Failure>("GET", path(name));
    expect(gone.status).toBe(404);
  });
});
