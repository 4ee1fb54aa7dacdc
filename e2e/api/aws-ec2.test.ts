import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testName } from "../support/docker";
import { apiJson } from "../support/http";
import { createTestVpc, type TestVpc } from "../support/moto/ec2";

interface ApiError {
  error: { code: string; message: string };
}

let vpc: TestVpc;

beforeAll(async () => {
  vpc = await createTestVpc(testName("vpc"));
});

afterAll(async () => {
  await vpc?.remove();
});

describe("EC2 for the service form", () => {
  it("lists VPCs with the default one first", async () => {
    const { status, body } = await apiJson<Array<{ id: string; isDefault: boolean; cidr: string }>>(
      "GET",
      "/api/ec2/vpcs",
    );
    expect(status).toBe(200);
    expect(body[0]?.isDefault).toBe(true);
    expect(body.find((v) => v.id === vpc.vpcId)?.cidr).toBe("10.77.0.0/16");
  });

  it("lists the subnets of one VPC", async () => {
    const { status, body } = await apiJson<
      Array<{ id: string; vpcId: string; availabilityZone: string }>
    >("GET", `/api/ec2/subnets?vpc=${vpc.vpcId}`);
    expect(status).toBe(200);
    expect(body.map((s) => s.id).sort()).toEqual([...vpc.subnetIds].sort());
    expect(body.map((s) => s.availabilityZone)).toEqual(["us-east-1a", "us-east-1b"]);
  });

  it("refuses a malformed VPC id, naming the field", async () => {
    const { status, body } = await apiJson<ApiError>("GET", "/api/ec2/subnets?vpc=default");
    expect(status).toBe(400);
    expect(body.error.message).toContain("vpc");
  });

  it("creates a security group open on the given TCP ports, tagged", async () => {
    const name = testName("sg");
    const created = await apiJson<{
      id: string;
      vpcId: string;
      ingress: Array<{ protocol: string; fromPort: number; toPort: number; cidrs: string[] }>;
      tags: Record<string, string>;
    }>("POST", "/api/ec2/security-groups", {
      name,
      vpcId: vpc.vpcId,
      ingressPorts: [8000, 443],
      app: "slipway-test-shop",
    });
    expect(created.status).toBe(201);
    expect(created.body.vpcId).toBe(vpc.vpcId);
    const ports = created.body.ingress.map((r) => [r.protocol, r.fromPort, r.toPort, r.cidrs]);
    expect(ports).toEqual(
      expect.arrayContaining([
        ["tcp", 8000, 8000, ["0.0.0.0/0"]],
        ["tcp", 443, 443, ["0.0.0.0/0"]],
      ]),
    );
    expect(created.body.tags).toMatchObject({
      "slipway:app": "slipway-test-shop",
      "slipway:created-by": "slipway",
    });

    const { body: list } = await apiJson<Array<{ id: string }>>(
      "GET",
      `/api/ec2/security-groups?vpc=${vpc.vpcId}`,
    );
    expect(list.map((g) => g.id)).toContain(created.body.id);
  });

  it("answers 409 for a group name already used in the VPC", async () => {
    const name = testName("sg");
    const body = { name, vpcId: vpc.vpcId, ingressPorts: [] };
    expect((await apiJson("POST", "/api/ec2/security-groups", body)).status).toBe(201);
    const again = await apiJson<ApiError>("POST", "/api/ec2/security-groups", body);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/^InvalidGroup\.Duplicate/);
  });

  it("refuses a port out of range, naming the field", async () => {
    const { status, body } = await apiJson<ApiError>("POST", "/api/ec2/security-groups", {
      name: testName("sg"),
      vpcId: vpc.vpcId,
      ingressPorts: [70000],
    });
    expect(status).toBe(400);
    expect(body.error.message).toContain("ingressPorts.0");
  });
});
