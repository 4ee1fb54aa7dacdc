import { describe, expect, it } from "vitest";
import { checkServiceChange, deletionPlan, serviceNetworkFor } from "@/lib/ecs/service-rules";

const replica = { name: "web", schedulingStrategy: "REPLICA", desiredCount: 2 };
const daemon = { name: "agent", schedulingStrategy: "DAEMON", desiredCount: 3 };

describe("DAEMON services", () => {
  it("refuse a desired count, naming the field", () => {
    expect(() => checkServiceChange(daemon, { desiredCount: 1 })).toThrow(
      /^desiredCount: agent is a DAEMON service/,
    );
  });

  it("accept a new revision or a forced deployment", () => {
    expect(() => checkServiceChange(daemon, { taskDefinition: "agent:2" })).not.toThrow();
    expect(() => checkServiceChange(daemon, { forceNewDeployment: true })).not.toThrow();
  });

  it("are deleted with force and never scaled, saying why", () => {
    expect(deletionPlan(daemon, false)).toEqual({
      scaleToZero: false,
      force: true,
      note: "DAEMON services cannot be scaled, so it was deleted with force",
    });
    expect(deletionPlan(daemon, true)).toMatchObject({ scaleToZero: false, force: true });
  });
});

describe("deleting a REPLICA service", () => {
  it("scales to 0 first when force is not asked", () => {
    expect(deletionPlan(replica, false)).toEqual({ scaleToZero: true, force: false, note: null });
  });

  it("does not scale a service already at 0", () => {
    expect(deletionPlan({ ...replica, desiredCount: 0 }, false).scaleToZero).toBe(false);
  });

  it("deletes with force as it is when asked", () => {
    expect(deletionPlan(replica, true)).toEqual({ scaleToZero: false, force: true, note: null });
  });
});

describe("a new service's network configuration", () => {
  const awsvpc = {
    name: "web:1",
    networkMode: "awsvpc",
    compatibilities: ["EC2", "FARGATE"],
    status: "ACTIVE",
  };
  const bridge = {
    name: "legacy:4",
    networkMode: undefined,
    compatibilities: ["EC2"],
    status: "ACTIVE",
  };

  it("is required for awsvpc: subnets missing is a 400 naming the field", () => {
    expect(() => serviceNetworkFor(awsvpc, { launchType: "FARGATE" })).toThrow(
      /^subnets: web:1 uses the awsvpc network mode/,
    );
  });

  it("carries subnets, groups and the public IP choice for Fargate", () => {
    expect(
      serviceNetworkFor(awsvpc, {
        launchType: "FARGATE",
        subnets: ["subnet-1"],
        securityGroups: ["sg-1"],
        assignPublicIp: true,
      }),
    ).toEqual({ subnets: ["subnet-1"], securityGroups: ["sg-1"], assignPublicIp: "ENABLED" });
  });

  it("is absent for bridge mode, which is the default when none is set", () => {
    expect(serviceNetworkFor(bridge, { launchType: "EC2" })).toBeUndefined();
    expect(() => serviceNetworkFor(bridge, { launchType: "EC2", subnets: ["subnet-1"] })).toThrow(
      /^subnets: legacy:4 uses the bridge network mode/,
    );
  });

  it("refuses Fargate for a task definition that cannot run there", () => {
    expect(() => serviceNetworkFor(bridge, { launchType: "FARGATE" })).toThrow(
      /^launchType: legacy:4 cannot run on FARGATE/,
    );
  });

  it("refuses a public IP on EC2", () => {
    expect(() =>
      serviceNetworkFor(awsvpc, { launchType: "EC2", subnets: ["subnet-1"], assignPublicIp: true }),
    ).toThrow(/^assignPublicIp:/);
  });
});
