import { describe, expect, it } from "vitest";
import type { EngineContainer, EngineNetwork } from "@/lib/docker/engine-documents";
import { networkMembers, toNetworkSummaries } from "./mapper";

const APP_ID = "1".repeat(64);
const app: EngineNetwork = {
  Id: APP_ID,
  Name: "app-net",
  Driver: "bridge",
  Scope: "local",
  Created: "2024-05-01T10:00:00.123456789Z",
  IPAM: { Driver: "default", Config: [{ Subnet: "10.42.0.0/16", Gateway: "10.42.0.1" }] },
  Labels: { team: "web" },
};

const running: EngineContainer = {
  Id: "a".repeat(64),
  Names: ["/web"],
  State: "running",
  NetworkSettings: {
    Networks: {
      "app-net": { NetworkID: APP_ID, IPAddress: "10.42.0.2", MacAddress: "02:42:0a:2a:00:02" },
      bridge: { NetworkID: "2".repeat(64), IPAddress: "172.17.0.2" },
    },
  },
};
// A stopped container names its networks by key only: no id, no address.
const stopped: EngineContainer = {
  Id: "b".repeat(64),
  Names: ["/job"],
  State: "exited",
  NetworkSettings: { Networks: { "app-net": { NetworkID: "", IPAddress: "" } } },
};
// A running container on another network that happens to reuse the name key.
const elsewhere: EngineContainer = {
  Id: "c".repeat(64),
  Names: ["/other"],
  State: "running",
  NetworkSettings: {
    Networks: { "app-net": { NetworkID: "9".repeat(64), IPAddress: "10.9.0.2" } },
  },
};

describe("networkMembers", () => {
  it("finds running containers by network id and stopped ones by name", () => {
    expect(networkMembers(app, [running, stopped, elsewhere])).toEqual([
      { id: stopped.Id, name: "job", state: "exited", ipv4: null, ipv6: null, macAddress: null },
      {
        id: running.Id,
        name: "web",
        state: "running",
        ipv4: "10.42.0.2",
        ipv6: null,
        macAddress: "02:42:0a:2a:00:02",
      },
    ]);
  });
});

describe("toNetworkSummaries", () => {
  it("lists the engine's own networks first and marks them predefined", () => {
    const networks = [
      app,
      { Id: "h".repeat(64), Name: "host" },
      { Id: "n".repeat(64), Name: "none" },
    ];
    const summaries = toNetworkSummaries(networks, []);
    expect(summaries.map((n) => [n.name, n.predefined])).toEqual([
      ["host", true],
      ["none", true],
      ["app-net", false],
    ]);
  });

  it("gives subnets with gateway, and times as ISO", () => {
    const [summary] = toNetworkSummaries([app], [running]);
    expect(summary).toMatchObject({
      shortId: "111111111111",
      subnets: [{ subnet: "10.42.0.0/16", gateway: "10.42.0.1", ipRange: null }],
      created: "2024-05-01T10:00:00.123Z",
      internal: false,
      labels: { team: "web" },
    });
    expect(summary?.containers.map((c) => c.name)).toEqual(["web"]);
  });
});
