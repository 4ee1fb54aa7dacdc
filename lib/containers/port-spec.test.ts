import { describe, expect, it } from "vitest";
import { formatPortSpec, parsePortSpec, portSpecProblem } from "@/lib/containers/port-spec";

describe("parsePortSpec", () => {
  it.each([
    [
      "127.0.0.1:18080:80/udp",
      { hostIp: "127.0.0.1", hostPort: 18080, containerPort: 80, protocol: "udp" },
    ],
    ["8080:80", { hostIp: null, hostPort: 8080, containerPort: 80, protocol: "tcp" }],
    ["80", { hostIp: null, hostPort: null, containerPort: 80, protocol: "tcp" }],
    ["53/udp", { hostIp: null, hostPort: null, containerPort: 53, protocol: "udp" }],
    ["127.0.0.1::80", { hostIp: "127.0.0.1", hostPort: null, containerPort: 80, protocol: "tcp" }],
    ["[::1]:8080:80", { hostIp: "::1", hostPort: 8080, containerPort: 80, protocol: "tcp" }],
    ["[::]:8080:80/sctp", { hostIp: "::", hostPort: 8080, containerPort: 80, protocol: "sctp" }],
    [
      "[FE80::1]::9000",
      { hostIp: "fe80::1", hostPort: null, containerPort: 9000, protocol: "tcp" },
    ],
    [" 8080:80/TCP ", { hostIp: null, hostPort: 8080, containerPort: 80, protocol: "tcp" }],
    [":8080:80", { hostIp: null, hostPort: 8080, containerPort: 80, protocol: "tcp" }],
  ])("reads %s", (text, expected) => {
    expect(parsePortSpec(text)).toEqual(expected);
  });

  it.each([
    ["", "empty"],
    ["8080:80/icmp", 'protocol "icmp" is not tcp, udp or sctp'],
    ["99999:80", "host port 99999 is not between 1 and 65535"],
    ["8080:0", "container port 0 is not between 1 and 65535"],
    ["http:80", 'host port "http" is not a number'],
    ["8080:", "the container port is missing"],
    ["8000-8010:8000-8010", 'host port range "8000-8010" is not supported'],
    ["::1:8080:80", "write an IPv6 address in brackets"],
    ["[::1:8080:80", "no closing bracket"],
    ["[::1]8080:80", "write a colon and the ports after the address"],
    ["[::1]:80", "an address needs a host port part"],
    ["256.0.0.1:8080:80", 'host IP "256.0.0.1" is not an IPv4 address'],
    ["localhost:8080:80", 'host IP "localhost" is not an IPv4 address'],
    ["[zz::1]:8080:80", 'host IP "zz::1" is not an IPv6 address'],
  ])("refuses %j naming the bad part", (text, words) => {
    expect(() => parsePortSpec(text)).toThrow(words);
    expect(portSpecProblem(text)).toContain(words);
  });

  it("answers invalid_input so that the API replies 400", () => {
    expect(() => parsePortSpec("x")).toThrow(expect.objectContaining({ code: "invalid_input" }));
  });

  it("has no problem with a good spec", () => {
    expect(portSpecProblem("127.0.0.1:18080:80/udp")).toBeNull();
  });
});

describe("formatPortSpec", () => {
  it.each([
    ["127.0.0.1:18080:80/udp", "127.0.0.1:18080:80/udp"],
    ["8080:80", "8080:80/tcp"],
    ["80", "80/tcp"],
    ["127.0.0.1::80", "127.0.0.1::80/tcp"],
    ["[::1]:8080:80", "[::1]:8080:80/tcp"],
  ])("writes %s back as %s", (text, canonical) => {
    expect(formatPortSpec(parsePortSpec(text))).toBe(canonical);
    expect(parsePortSpec(canonical)).toEqual(parsePortSpec(text));
  });
});
