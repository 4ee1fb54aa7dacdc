import "server-only";
import {
  DescribeSubnetsCommand,
  DescribeVpcsCommand,
  type Subnet,
  type Vpc,
} from "@aws-sdk/client-ec2";
import type { AwsClients } from "@/lib/aws/clients";
import { allPages } from "@/lib/aws/paging";
import {
  type SubnetSummary,
  toSubnetSummary,
  toVpcSummary,
  type VpcSummary,
} from "@/lib/ec2/mappers";

/** The region's VPCs, the default one first. */
export async function listVpcs(aws: AwsClients): Promise<VpcSummary[]> {
  const vpcs = await allPages<Vpc>(async (NextToken) => {
    const page = await aws.ec2.send(new DescribeVpcsCommand({ NextToken }));
    return { items: page.Vpcs, nextToken: page.NextToken };
  });
  return vpcs
    .map(toVpcSummary)
    .sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.id.localeCompare(b.id));
}

/** Subnets of one VPC, or of every VPC when none is named, by availability zone. */
export async function listSubnets(aws: AwsClients, vpcId?: string): Promise<SubnetSummary[]> {
  const Filters = vpcId ? [{ Name: "vpc-id", Values: [vpcId] }] : undefined;
  const subnets = await allPages<Subnet>(async (NextToken) => {
    const page = await aws.ec2.send(new DescribeSubnetsCommand({ Filters, NextToken }));
    return { items: page.Subnets, nextToken: page.NextToken };
  });
  return subnets
    .map(toSubnetSummary)
    .sort(
      (a, b) => a.availabilityZone.localeCompare(b.availabilityZone) || a.id.localeCompare(b.id),
    );
}
