import type Docker from "dockerode";
import { describe, expect, it } from "vitest";
import { toEnvVariables, toImageConfig } from "./details-mapper";

describe("toEnvVariables", () => {
  it("splits at the first = only", () => {
    expect(toEnvVariables(["PATH=/bin", "OPTS=a=b", "EMPTY="])).toEqual([
      { name: "PATH", value: "/bin" },
      { name: "OPTS", value: "a=b" },
      { name: "EMPTY", value: "" },
    ]);
  });
});

describe("toImageConfig", () => {
  it("turns the engine's nulls and empty strings into null and empty lists", () => {
    const config = { Env: null, Cmd: null, Entrypoint: null, WorkingDir: "", User: "" };
    expect(toImageConfig(config as unknown as Docker.ImageInspectInfo["Config"])).toEqual({
      exposedPorts: [],
      env: [],
      entrypoint: null,
      cmd: null,
      workingDir: null,
      user: null,
      labels: {},
    });
  });

  it("keeps a shell-form entrypoint as one argument and sorts exposed ports", () => {
    const config = {
      Entrypoint: "/run.sh --flag",
      Cmd: ["sh", "/app/serve.sh"],
      ExposedPorts: { "8000/tcp": {}, "53/udp": {} },
      WorkingDir: "/app",
    };
    expect(toImageConfig(config as unknown as Docker.ImageInspectInfo["Config"])).toMatchObject({
      entrypoint: ["/run.sh --flag"],
      cmd: ["sh", "/app/serve.sh"],
      exposedPorts: ["53/udp", "8000/tcp"],
      workingDir: "/app",
    });
  });
});
