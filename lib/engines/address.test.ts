import { describe, expect, it } from "vitest";
import {
  engineIdFor,
  engineInput,
  parseEngineAddress,
  sameEngineAddress,
} from "@/lib/engines/address";

describe("parseEngineAddress", () => {
  it("reads the three kinds", () => {
    expect(parseEngineAddress("unix:///var/run/docker.sock")).toEqual({
      kind: "unix",
      socketPath: "/var/run/docker.sock",
    });
    expect(parseEngineAddress("tcp://127.0.0.1:2376")).toEqual({
      kind: "tcp",
      host: "127.0.0.1",
      port: 2376,
    });
    expect(parseEngineAddress("ssh://deploy@build-box")).toEqual({
      kind: "ssh",
      username: "deploy",
      host: "build-box",
      port: 22,
    });
    expect(parseEngineAddress("ssh://me@[::1]:2222")).toEqual({
      kind: "ssh",
      username: "me",
      host: "::1",
      port: 2222,
    });
  });

  it.each([
    ["unix://relative.sock", /absolute path/],
    ["tcp://127.0.0.1", /names its port/],
    ["tcp://127.0.0.1:70000", /between 1 and 65535/],
    ["tcp://me@127.0.0.1:2375", /carries no user/],
    ["ssh://build-box", /names its user/],
    ["http://127.0.0.1:2375", /unix:\/\/\/path, tcp/],
    ["tcp://bad_host!:2375", /unix:\/\/\/path|not a host/],
    ["", /unix:\/\/\/path/],
  ])("refuses %s", (address, why) => {
    const parsed = parseEngineAddress(address);
    expect(typeof parsed).toBe("string");
    expect(parsed).toMatch(why);
  });
});

describe("addresses that are never an engine", () => {
  it.each([
    "tcp://169.254.169.254:80",
    "tcp://169.254.170.2:2375",
    "tcp://[fd00:ec2::254]:80",
    "ssh://root@169.254.169.254",
  ])("refuses the instance-metadata address %s", (address) => {
    expect(parseEngineAddress(address)).toMatch(/cloud instance-metadata address/);
  });
});

describe("engineInput", () => {
  const pem = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n";

  it("takes TLS material for a tcp engine only", () => {
    const tls = { ca: pem, cert: pem, key: pem };
    expect(engineInput.safeParse({ name: "a", address: "tcp://h:2376", tls }).success).toBe(true);
    const ssh = engineInput.safeParse({ name: "a", address: "ssh://u@h", tls });
    expect(ssh.success).toBe(false);
    const notPem = engineInput.safeParse({
      name: "a",
      address: "tcp://h:2376",
      tls: { ...tls, key: "secret" },
    });
    expect(notPem.success).toBe(false);
  });

  it("names the address problem", () => {
    const result = engineInput.safeParse({ name: "a", address: "tcp://h" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["address"]);
  });
});

describe("engineIdFor", () => {
  it("makes a readable id, unique and never local", () => {
    expect(engineIdFor("Build Box #1", new Set())).toBe("build-box-1");
    expect(engineIdFor("Build box", new Set(["build-box"]))).toBe("build-box-2");
    expect(engineIdFor("Local", new Set())).toBe("local-2");
    expect(engineIdFor("!!!", new Set())).toBe("engine");
  });
});

describe("sameEngineAddress", () => {
  it("matches an address written another way", () => {
    expect(sameEngineAddress("tcp://127.0.0.1:2375", "tcp://127.0.0.1:2375/")).toBe(true);
    expect(sameEngineAddress("tcp://Build-Box:2376", "tcp://build-box:2376")).toBe(true);
    expect(sameEngineAddress("ssh://me@box", "ssh://me@box:22")).toBe(true);
    expect(sameEngineAddress("unix:///var/run//docker.sock", "unix:///var/run/docker.sock")).toBe(
      true,
    );
  });

  it("tells other ports, users and kinds apart", () => {
    expect(sameEngineAddress("tcp://127.0.0.1:2375", "tcp://127.0.0.1:2376")).toBe(false);
    expect(sameEngineAddress("ssh://me@box", "ssh://you@box")).toBe(false);
    expect(sameEngineAddress("ssh://me@box:2375", "tcp://box:2375")).toBe(false);
  });
});
