import type { Task, TaskDefinition } from "@aws-sdk/client-ecs";
import { describe, expect, it } from "vitest";
import { awsServiceError, fakeAwsClients } from "@/lib/aws/testing/fake-clients";
import { addressBookFor } from "@/lib/ecs/network-lookups";

const task = (eni: string, lastStatus = "RUNNING"): Task => ({
  lastStatus,
  taskDefinitionArn: "td",
  attachments: [
    {
      type: "ElasticNetworkInterface",
      details: [{ name: "networkInterfaceId", value: eni }],
    },
  ],
});
const awsvpc = new Map<string, TaskDefinition>([["td", { networkMode: "awsvpc" }]]);

describe("looking up the public IPs of task interfaces", () => {
  it("reads Association.PublicIp for each running task's interface, in one call", async () => {
    const fake = fakeAwsClients({
      describeNetworkInterfaces: () => ({
        NetworkInterfaces: [
          { NetworkInterfaceId: "eni-1", Association: { PublicIp: "203.0.113.7" } },
          { NetworkInterfaceId: "eni-2" },
        ],
      }),
    });
    const book = await addressBookFor(
      fake.aws,
      "demo",
      [task("eni-1"), task("eni-2"), task("eni-3", "STOPPED")],
      awsvpc,
    );
    expect([...book.interfacePublicIps]).toEqual([
      ["eni-1", "203.0.113.7"],
      ["eni-2", null],
    ]);
    expect(fake.named("DescribeNetworkInterfaces")[0]?.input.Filters).toEqual([
      { Name: "network-interface-id", Values: ["eni-1", "eni-2"] },
    ]);
  });

  it("notes a denied DescribeNetworkInterfaces instead of failing the tasks", async () => {
    const fake = fakeAwsClients({
      describeNetworkInterfaces: () => {
        throw awsServiceError("UnauthorizedOperation", 403, "You are not authorized");
      },
    });
    const book = await addressBookFor(fake.aws, "demo", [task("eni-1")], awsvpc);
    expect(book.interfaceNote).toContain("ec2:DescribeNetworkInterfaces was denied");
    expect(book.interfaceNote).toContain("UnauthorizedOperation");
  });

  it("lets other EC2 failures through", async () => {
    const fake = fakeAwsClients({
      describeNetworkInterfaces: () => {
        throw awsServiceError("InternalError", 500);
      },
    });
    await expect(addressBookFor(fake.aws, "demo", [task("eni-1")], awsvpc)).rejects.toThrow(
      "InternalError",
    );
  });
});
