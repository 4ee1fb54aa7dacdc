import { describe, expect, it } from "vitest";
import {
  MASKED,
  type RawContainerInspect,
  toContainerDetail,
} from "@/lib/containers/detail-mapper";

const inspect: RawContainerInspect = {
  Id: "4eb6a52a8d007ad7",
  Name: "/web",
  Image: "sha256:c4443d582ac4",
  Created: "2026-12-04T15:43:58.682603577Z",
  State: {
    Status: "running",
    Running: true,
    Paused: false,
    Restarting: false,
    OOMKilled: false,
    ExitCode: 0,
    Error: "",
    Pid: 14848,
    StartedAt: "2026-12-04T15:43:58.935037949Z",
    FinishedAt: "0001-01-01T00:00:00Z",
  },
  Config: {
    Hostname: "4eb6a52a8d00",
    Env: ["SECRET=hunter2", "EQUALS=a=b", "PATH=/bin"],
    Cmd: ["sh", "-c", "httpd -f -p 8000"],
    Entrypoint: null,
    Image: "slipway-test/busybox:latest",
    Labels: { "slipway-test": "1" },
  },
  HostConfig: { RestartPolicy: { Name: "unless-stopped", MaximumRetryCount: 0 } },
  NetworkSettings: {
    Ports: {
      "8000/tcp": [
        { HostIp: "0.0.0.0", HostPort: "18559" },
        { HostIp: "::", HostPort: "18559" },
      ],
      "7000/tcp": null,
    },
    Networks: { bridge: { IPAddress: "172.17.0.2", Gateway: "172.17.0.1", Aliases: null } },
  },
  Mounts: [
    {
      Type: "volume",
      Name: "a68d",
      Source: "/var/lib/docker/volumes/a68d/_data",
      Destination: "/data",
      Mode: "",
      RW: true,
    },
  ],
};

describe("toContainerDetail", () => {
  it("masks env values in the view and in the raw document", () => {
    const detail = toContainerDetail(inspect, false);
    expect(detail.envMasked).toBe(true);
    expect(detail.env).toEqual([
      { name: "SECRET", value: null },
      { name: "EQUALS", value: null },
      { name: "PATH", value: null },
    ]);
    expect(JSON.stringify(detail)).not.toContain("hunter2");
    expect((detail.raw as RawContainerInspect).Config.Env).toEqual([
      `SECRET=${MASKED}`,
      `EQUALS=${MASKED}`,
      `PATH=${MASKED}`,
    ]);
  });

  it("reveals env values when asked, splitting at the first =", () => {
    const detail = toContainerDetail(inspect, true);
    expect(detail.env).toContainEqual({ name: "EQUALS", value: "a=b" });
    expect(detail.env).toContainEqual({ name: "SECRET", value: "hunter2" });
  });

  it("does not change the engine's document when masking", () => {
    toContainerDetail(inspect, false);
    expect(inspect.Config.Env?.[0]).toBe("SECRET=hunter2");
  });

  it("reads state, command, restart policy, ports, mounts and networks", () => {
    const detail = toContainerDetail(inspect, false);
    expect(detail).toMatchObject({
      name: "web",
      image: "slipway-test/busybox:latest",
      imageId: "sha256:c4443d582ac4",
      command: "sh -c 'httpd -f -p 8000'",
      restartPolicy: { name: "unless-stopped", maximumRetryCount: 0 },
      state: { status: "running", startedAt: "2026-12-04T15:43:58.935037949Z", finishedAt: null },
      mounts: [{ type: "volume", name: "a68d", destination: "/data", readOnly: false }],
      networks: [{ name: "bridge", ipAddress: "172.17.0.2", gateway: "172.17.0.1", aliases: [] }],
    });
    expect(detail.ports).toEqual([
      { hostIp: null, hostPort: null, containerPort: 7000, protocol: "tcp", url: null },
      {
        hostIp: "0.0.0.0",
        hostPort: 18559,
        containerPort: 8000,
        protocol: "tcp",
        url: "http://127.0.0.1:18559",
      },
    ]);
  });
});
