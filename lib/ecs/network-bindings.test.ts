import type { Task, TaskDefinition } from "@aws-sdk/client-ecs";
import { describe, expect, it } from "vitest";
import { type AddressBook, emptyAddressBook, networkBindingsOf } from "@/lib/ecs/network-bindings";

// E6: a RUNNING Fargate task carries only its interface id and private IP; the
// public IP comes from EC2's view of that interface.

const fargateDefinition: TaskDefinition = {
  family: "web",
  revision: 1,
  networkMode: "awsvpc",
  containerDefinitions: [
    {
      name: "web",
      portMappings: [
        { containerPort: 8000, protocol: "tcp" },
        { containerPort: 5353, protocol: "udp" },
      ],
    },
    { name: "sidecar" },
  ],
};

const fargateTask = (lastStatus = "RUNNING"): Task => ({
  taskArn: "arn:aws:ecs:us-east-1:111122223333:task/demo/8fdf80d5882e4a4ab9b2523da59cb109",
  lastStatus,
  attachments: [
    {
      type: "ElasticNetworkInterface",
      status: "ATTACHED",
      details: [
        { name: "subnetId", value: "subnet-0abc" },
        { name: "networkInterfaceId", value: "eni-0123456789abcdef0" },
        { name: "privateIPv4Address", value: "10.0.1.25" },
      ],
    },
  ],
});

const withPublicIp = (ip: string | null): AddressBook => ({
  ...emptyAddressBook(),
  interfacePublicIps: new Map([["eni-0123456789abcdef0", ip]]),
});

describe("network bindings of an awsvpc task", () => {
  it("reads the public IP of the task's interface and links to it per TCP port", () => {
    const [web] = networkBindingsOf(fargateTask(), fargateDefinition, withPublicIp("203.0.113.7"));
    expect(web).toEqual({
      containerName: "web",
      containerPort: 8000,
      protocol: "tcp",
      privateIp: "10.0.1.25",
      publicIp: "203.0.113.7",
      publicIpNote: null,
      hostPort: 8000,
      url: "http://203.0.113.7:8000",
    });
  });

  it("lists UDP mappings without a link", () => {
    const bindings = networkBindingsOf(
      fargateTask(),
      fargateDefinition,
      withPublicIp("203.0.113.7"),
    );
    expect(bindings.map((b) => [b.containerPort, b.protocol, b.url])).toEqual([
      [8000, "tcp", "http://203.0.113.7:8000"],
      [5353, "udp", null],
    ]);
  });

  it("links to the private IP when the interface has no public IP", () => {
    const [web] = networkBindingsOf(fargateTask(), fargateDefinition, withPublicIp(null));
    expect(web?.publicIp).toBeNull();
    expect(web?.url).toBe("http://10.0.1.25:8000");
  });

  it("says the permission was denied in place of the public IP", () => {
    const book = {
      ...emptyAddressBook(),
      interfaceNote: "ec2:DescribeNetworkInterfaces was denied",
    };
    const [web] = networkBindingsOf(fargateTask(), fargateDefinition, book);
    expect(web?.publicIp).toBeNull();
    expect(web?.publicIpNote).toBe("ec2:DescribeNetworkInterfaces was denied");
    expect(web?.privateIp).toBe("10.0.1.25");
  });

  it("gives a stopped task no link and no public IP", () => {
    const [web] = networkBindingsOf(
      fargateTask("STOPPED"),
      fargateDefinition,
      withPublicIp("203.0.113.7"),
    );
    expect(web?.publicIp).toBeNull();
    expect(web?.url).toBeNull();
  });
});

describe("network bindings of a bridge-mode task on EC2", () => {
  const bridgeDefinition: TaskDefinition = {
    networkMode: "bridge",
    containerDefinitions: [{ name: "web", portMappings: [{ containerPort: 80, hostPort: 0 }] }],
  };
  const instanceArn = "arn:aws:ecs:us-east-1:111122223333:container-instance/demo/abc";
  const book: AddressBook = {
    ...emptyAddressBook(),
    instances: new Map([[instanceArn, { privateIp: "10.0.2.9", publicIp: "198.51.100.4" }]]),
  };

  it("uses the container's bindings on the instance's addresses", () => {
    const task: Task = {
      lastStatus: "RUNNING",
      containerInstanceArn: instanceArn,
      containers: [
        {
          name: "web",
          networkBindings: [
            { bindIP: "0.0.0.0", containerPort: 80, hostPort: 32768, protocol: "tcp" },
          ],
        },
      ],
    };
    expect(networkBindingsOf(task, bridgeDefinition, book)).toEqual([
      {
        containerName: "web",
        containerPort: 80,
        protocol: "tcp",
        privateIp: "10.0.2.9",
        publicIp: "198.51.100.4",
        publicIpNote: null,
        hostPort: 32768,
        url: "http://198.51.100.4:32768",
      },
    ]);
  });

  it("shows a dynamic port that is not bound yet without a host port or link", () => {
    const task: Task = {
      lastStatus: "PENDING",
      containerInstanceArn: instanceArn,
      containers: [{ name: "web" }],
    };
    const [web] = networkBindingsOf(task, bridgeDefinition, book);
    expect(web).toMatchObject({ containerPort: 80, hostPort: null, url: null });
  });

  it("says when the instance's addresses may not be read", () => {
    const task: Task = {
      lastStatus: "RUNNING",
      containerInstanceArn: instanceArn,
      containers: [
        {
          name: "web",
          networkBindings: [{ bindIP: "0.0.0.0", containerPort: 80, hostPort: 8080 }],
        },
      ],
    };
    const denied = { ...emptyAddressBook(), instanceNote: "ec2:DescribeInstances was denied" };
    const [web] = networkBindingsOf(task, bridgeDefinition, denied);
    expect(web).toMatchObject({ publicIp: null, publicIpNote: "ec2:DescribeInstances was denied" });
    expect(web?.url).toBeNull();
  });
});
