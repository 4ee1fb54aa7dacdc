import { describe, expect, it } from "vitest";
import { takenHostAddress, toEnginePorts, unappliedBindings } from "@/lib/containers/engine-ports";
import { parsePortSpec } from "@/lib/containers/port-spec";

const specs = (...texts: string[]) => texts.map(parsePortSpec);

describe("toEnginePorts (D6)", () => {
  it("keys a udp binding by port/proto with the host port as a string", () => {
    expect(toEnginePorts(specs("127.0.0.1:18080:80/udp"))).toEqual({
      ExposedPorts: { "80/udp": {} },
      PortBindings: { "80/udp": [{ HostIp: "127.0.0.1", HostPort: "18080" }] },
    });
  });

  it("gives a spec without protocol the /tcp key", () => {
    expect(toEnginePorts(specs("8080:8080")).PortBindings).toEqual({
      "8080/tcp": [{ HostIp: "", HostPort: "8080" }],
    });
  });

  it("publishes a bare container port on a host port the engine picks", () => {
    expect(toEnginePorts(specs("80")).PortBindings).toEqual({
      "80/tcp": [{ HostIp: "", HostPort: "" }],
    });
  });

  it("keeps several bindings of one container port together", () => {
    const config = toEnginePorts(specs("127.0.0.1:8080:80", "[::1]:8080:80", "9090:80/udp"));
    expect(config.ExposedPorts).toEqual({ "80/tcp": {}, "80/udp": {} });
    expect(config.PortBindings["80/tcp"]).toEqual([
      { HostIp: "127.0.0.1", HostPort: "8080" },
      { HostIp: "::1", HostPort: "8080" },
    ]);
  });

  it("refuses two specs that ask for the same host port", () => {
    expect(() => toEnginePorts(specs("8080:80", "8080:81"))).toThrow(
      'Port specs "8080:80/tcp" and "8080:81/tcp" both ask for host port 8080/tcp',
    );
  });

  it("allows one host port number for tcp and udp", () => {
    expect(() => toEnginePorts(specs("8080:80", "8080:80/udp"))).not.toThrow();
  });
});

describe("unappliedBindings", () => {
  it("finds nothing missing when the engine reports each binding", () => {
    const asked = specs("127.0.0.1:18080:80/udp", "8080:8000", "9000");
    const applied = {
      "80/udp": [{ HostIp: "127.0.0.1", HostPort: "18080" }],
      "8000/tcp": [
        { HostIp: "0.0.0.0", HostPort: "8080" },
        { HostIp: "::", HostPort: "8080" },
      ],
      "9000/tcp": [{ HostIp: "0.0.0.0", HostPort: "49153" }],
    };
    expect(unappliedBindings(asked, applied)).toEqual([]);
  });

  it("reports a binding the engine dropped", () => {
    const asked = specs("127.0.0.1:18080:80/udp");
    expect(unappliedBindings(asked, { "80/udp": null })).toEqual(asked);
    expect(unappliedBindings(asked, {})).toEqual(asked);
    expect(unappliedBindings(asked, undefined)).toEqual(asked);
  });

  it("reports a binding under the wrong key (8080 for 8080/tcp)", () => {
    const asked = specs("8080:8080");
    expect(unappliedBindings(asked, { "8080": [{ HostIp: "", HostPort: "8080" }] })).toEqual(asked);
  });

  it("reports a binding on another address or host port", () => {
    const asked = specs("127.0.0.1:18080:80");
    expect(
      unappliedBindings(asked, { "80/tcp": [{ HostIp: "0.0.0.0", HostPort: "18080" }] }),
    ).toEqual(asked);
    expect(
      unappliedBindings(asked, { "80/tcp": [{ HostIp: "127.0.0.1", HostPort: "18081" }] }),
    ).toEqual(asked);
  });
});

describe("takenHostAddress", () => {
  it("reads the address from the userland proxy's message", () => {
    const message =
      "driver failed programming external connectivity on endpoint web (bd49): Error starting " +
      "userland proxy: listen tcp4 127.0.0.1:18557: bind: address already in use";
    expect(takenHostAddress(message)).toEqual({ hostIp: "127.0.0.1", hostPort: 18557 });
  });

  it("reads the address from the engine's own allocator", () => {
    const message =
      "driver failed programming external connectivity on endpoint web (bd49): " +
      "Bind for 0.0.0.0:18080 failed: port is already allocated";
    expect(takenHostAddress(message)).toEqual({ hostIp: "0.0.0.0", hostPort: 18080 });
  });

  it("reads an IPv6 address", () => {
    const message =
      "Error starting userland proxy: listen tcp6 [::1]:8080: bind: address already in use";
    expect(takenHostAddress(message)).toEqual({ hostIp: "::1", hostPort: 8080 });
  });

  it("ignores other start failures", () => {
    expect(takenHostAddress('exec: "nope": executable file not found in $PATH')).toBeNull();
  });
});
