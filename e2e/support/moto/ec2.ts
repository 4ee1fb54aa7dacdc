// A VPC of the test's own, set up as the service form will need it: DNS hostnames
// on (moto's RunTask fails without them), two subnets in two zones.
import {
  CreateSubnetCommand,
  CreateVpcCommand,
  DeleteSecurityGroupCommand,
  DeleteSubnetCommand,
  DeleteVpcCommand,
  DescribeSecurityGroupsCommand,
  ModifyVpcAttributeCommand,
} from "@aws-sdk/client-ec2";
import { MOTO_REGION, moto, quietly } from "../moto";

export interface TestVpc {
  vpcId: string;
  subnetIds: string[];
  remove: () => Promise<void>;
}

export async function createTestVpc(name: string, cidrSecondOctet = 77): Promise<TestVpc> {
  const tags = [
    { Key: "Name", Value: name },
    { Key: "slipway-test", Value: "1" },
  ];
  const vpc = await moto.ec2.send(
    new CreateVpcCommand({
      CidrBlock: `10.${cidrSecondOctet}.0.0/16`,
      TagSpecifications: [{ ResourceType: "vpc", Tags: tags }],
    }),
  );
  const vpcId = vpc.Vpc?.VpcId ?? "";
  await moto.ec2.send(
    new ModifyVpcAttributeCommand({ VpcId: vpcId, EnableDnsHostnames: { Value: true } }),
  );
  const subnetIds: string[] = [];
  for (const [index, zone] of ["a", "b"].entries()) {
    const subnet = await moto.ec2.send(
      new CreateSubnetCommand({
        VpcId: vpcId,
        CidrBlock: `10.${cidrSecondOctet}.${index}.0/24`,
        AvailabilityZone: `${MOTO_REGION}${zone}`,
        TagSpecifications: [{ ResourceType: "subnet", Tags: tags }],
      }),
    );
    subnetIds.push(subnet.Subnet?.SubnetId ?? "");
  }
  return { vpcId, subnetIds, remove: () => removeTestVpc(vpcId, subnetIds) };
}

/** Deletes the VPC with its subnets and every non-default security group in it. */
export async function removeTestVpc(vpcId: string, subnetIds: string[]): Promise<void> {
  const groups = await moto.ec2
    .send(new DescribeSecurityGroupsCommand({ Filters: [{ Name: "vpc-id", Values: [vpcId] }] }))
    .then((a) => a.SecurityGroups ?? [])
    .catch(() => []);
  for (const group of groups) {
    if (group.GroupName === "default") continue;
    await quietly(() => moto.ec2.send(new DeleteSecurityGroupCommand({ GroupId: group.GroupId })));
  }
  for (const SubnetId of subnetIds) {
    await quietly(() => moto.ec2.send(new DeleteSubnetCommand({ SubnetId })));
  }
  await quietly(() => moto.ec2.send(new DeleteVpcCommand({ VpcId: vpcId })));
}
