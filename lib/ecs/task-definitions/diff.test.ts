import { describe, expect, it } from "vitest";
import { diffDefinitions } from "@/lib/ecs/task-definitions/diff";

const base = {
  family: "demo",
  cpu: "256",
  memory: "512",
  containerDefinitions: [
    {
      name: "web",
      image: "demo:1",
      command: ["serve", "--port", "8000"],
      environment: [
        { name: "A", value: "1" },
        { name: "B", value: "2" },
      ],
      portMappings: [{ containerPort: 8000, protocol: "tcp" }],
    },
  ],
};

describe("the diff between two revisions", () => {
  it("is empty for the same definition", () => {
    expect(diffDefinitions(base, structuredClone(base))).toEqual([]);
  });

  it("names changed values by path, containers and variables by name", () => {
    const next = structuredClone(base);
    next.memory = "1024";
    const web = next.containerDefinitions[0] as (typeof base.containerDefinitions)[0];
    web.image = "demo:2";
    web.environment = [
      { name: "NEW", value: "x" },
      { name: "A", value: "1" },
      { name: "B", value: "3" },
    ];
    expect(diffDefinitions(base, next)).toEqual([
      { path: "memory", kind: "changed", from: "512", to: "1024" },
      { path: "containerDefinitions[web].image", kind: "changed", from: "demo:1", to: "demo:2" },
      {
        path: "containerDefinitions[web].environment[B].value",
        kind: "changed",
        from: "2",
        to: "3",
      },
      {
        path: "containerDefinitions[web].environment[NEW]",
        kind: "added",
        to: { name: "NEW", value: "x" },
      },
    ]);
  });

  it("treats a command as one value and ports by port and protocol", () => {
    const next = structuredClone(base);
    const web = next.containerDefinitions[0] as (typeof base.containerDefinitions)[0];
    web.command = ["serve", "--port", "9000"];
    web.portMappings = [{ containerPort: 9000, protocol: "tcp" }];
    expect(diffDefinitions(base, next)).toEqual([
      {
        path: "containerDefinitions[web].command",
        kind: "changed",
        from: ["serve", "--port", "8000"],
        to: ["serve", "--port", "9000"],
      },
      {
        path: "containerDefinitions[web].portMappings[8000/tcp]",
        kind: "removed",
        from: { containerPort: 8000, protocol: "tcp" },
      },
      {
        path: "containerDefinitions[web].portMappings[9000/tcp]",
        kind: "added",
        to: { containerPort: 9000, protocol: "tcp" },
      },
    ]);
  });

  it("reports a container added and a key removed", () => {
    const next = { ...structuredClone(base), containerDefinitions: [] as unknown[] };
    next.containerDefinitions = [...base.containerDefinitions, { name: "log", image: "fluent" }];
    const { cpu: _cpu, ...noCpu } = next;
    expect(diffDefinitions(base, noCpu)).toEqual([
      { path: "cpu", kind: "removed", from: "256" },
      {
        path: "containerDefinitions[log]",
        kind: "added",
        to: { name: "log", image: "fluent" },
      },
    ]);
  });
});
