import { describe, expect, it } from "vitest";
import {
  type RawContainerListEntry,
  toContainerSummaries,
  toContainerSummary,
} from "@/lib/containers/list-mapper";

const raw = (over: Partial<RawContainerListEntry> = {}): RawContainerListEntry => ({
  Id: "2d9a0ff480893033530589b8c6c399ed5d7a97a1d5c4709840b18ac6e9ace6fc",
  Names: ["/web"],
  Image: "slipway-test/busybox:latest",
  ImageID: "sha256:c4443d582ac4",
  Command: "sh -c 'httpd -f -p 8000'",
  Created: 1_796_398_814,
  State: "running",
  Status: "Up 1 second",
  Ports: [],
  Labels: { "slipway-test": "1" },
  ...over,
});

describe("toContainerSummary", () => {
  it("shows the engine's 0.0.0.0 and :: pair as one binding with a loopback link", () => {
    const summary = toContainerSummary(
      raw({
        Ports: [
          { IP: "::", PrivatePort: 8000, PublicPort: 18555, Type: "tcp" },
          { IP: "0.0.0.0", PrivatePort: 8000, PublicPort: 18555, Type: "tcp" },
        ],
      }),
    );
    expect(summary.ports).toEqual([
      {
        hostIp: "0.0.0.0",
        hostPort: 18555,
        containerPort: 8000,
        protocol: "tcp",
        url: "http://127.0.0.1:18555",
      },
    ]);
  });

  it("gives an unpublished port a null host port and no link", () => {
    const summary = toContainerSummary(raw({ Ports: [{ PrivatePort: 7000, Type: "tcp" }] }));
    expect(summary.ports).toEqual([
      { hostIp: null, hostPort: null, containerPort: 7000, protocol: "tcp", url: null },
    ]);
  });

  it("links a binding to another address at that address, and no udp binding", () => {
    const summary = toContainerSummary(
      raw({
        Ports: [
          { IP: "127.0.0.1", PrivatePort: 9000, PublicPort: 18556, Type: "udp" },
          { IP: "::1", PrivatePort: 80, PublicPort: 8081, Type: "tcp" },
          { IP: "127.0.0.1", PrivatePort: 80, PublicPort: 8080, Type: "tcp" },
          { IP: "::", PrivatePort: 443, PublicPort: 8443, Type: "tcp" },
        ],
      }),
    );
    expect(summary.ports.map((p) => [p.hostIp, p.hostPort, p.containerPort, p.url])).toEqual([
      ["127.0.0.1", 8080, 80, "http://127.0.0.1:8080"],
      ["::1", 8081, 80, "http://[::1]:8081"],
      ["::", 8443, 443, "http://127.0.0.1:8443"],
      ["127.0.0.1", 18556, 9000, null],
    ]);
  });

  it("keeps two different host ports of one container port apart", () => {
    const summary = toContainerSummary(
      raw({
        Ports: [
          { IP: "0.0.0.0", PrivatePort: 80, PublicPort: 8080, Type: "tcp" },
          { IP: "0.0.0.0", PrivatePort: 80, PublicPort: 8081, Type: "tcp" },
        ],
      }),
    );
    expect(summary.ports.map((p) => p.hostPort)).toEqual([8080, 8081]);
  });

  it("reads name, creation time and label count", () => {
    const summary = toContainerSummary(raw({ Names: ["/other/alias", "/web"], Ports: null }));
    expect(summary).toMatchObject({
      name: "web",
      state: "running",
      status: "Up 1 second",
      created: "2026-12-04T15:40:14.000Z",
      labelCount: 1,
      ports: [],
    });
  });
});

describe("toContainerSummaries", () => {
  it("lists the newest container first", () => {
    const list = toContainerSummaries([
      raw({ Id: "a", Names: ["/old"], Created: 100 }),
      raw({ Id: "b", Names: ["/new"], Created: 200 }),
    ]);
    expect(list.map((c) => c.name)).toEqual(["new", "old"]);
  });
});
