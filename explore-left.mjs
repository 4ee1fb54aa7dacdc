import {
  DescribeAddressesCommand,
  DescribeNetworkInterfacesCommand,
  DescribeVpcsCommand,
  EC2Client,
} from "@aws-sdk/client-ec2";
import { DescribeClustersCommand, ECSClient, ListClustersCommand } from "@aws-sdk/client-ecs";

const cfg = {
  endpoint: "http://127.0.0.1:5000",
  region: "us-east-1",
  credentials: { accessKeyId: "testing", secretAccessKey: "testing" },
};
const ec2 = new EC2Client(cfg),
  ecs = new ECSClient(cfg);
console.log("addresses", (await ec2.send(new DescribeAddressesCommand({}))).Addresses.length);
console.log(
  "tagged addresses",
  (
    await ec2.send(
      new DescribeAddressesCommand({ Filters: [{ Name: "tag:slipway-test", Values: ["1"] }] }),
    )
  ).Addresses.length,
);
console.log(
  "enis moto ECS",
  (await ec2.send(new DescribeNetworkInterfacesCommand({}))).NetworkInterfaces.filter(
    (e) => e.Description === "moto ECS",
  ).length,
);
console.log(
  "vpcs",
  (await ec2.send(new DescribeVpcsCommand({}))).Vpcs.map(
    (v) => v.Tags?.find((t) => t.Key === "Name")?.Value,
  ).join(" "),
);
const arns = (await ecs.send(new ListClustersCommand({}))).clusterArns;
const cl = (await ecs.send(new DescribeClustersCommand({ clusters: arns }))).clusters
  .filter((c) => c.status === "ACTIVE")
  .map((c) => c.clusterName);
console.log("active clusters", cl.join(" "));
