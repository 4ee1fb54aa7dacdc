import "server-only";
import {
  AuthorizeSecurityGroupIngressCommand,
  CreateSecurityGroupCommand,
  DeleteSecurityGroupCommand,
  DescribeSecurityGroupsCommand,
  type SecurityGroup,
} from "@aws-sdk/client-ec2";
import type { AwsClients } from "@/lib/aws/clients";
import { allPages } from "@/lib/aws/paging";
import { awsTags } from "@/lib/aws/tags";
import { type SecurityGroupSummary, toSecurityGroupSummary } from "@/lib/ec2/mappers";
import { log } from "@/lib/log";

export interface NewSecurityGroup {
  name: string;
  vpcId: string;
  description?: string | undefined;
  ingressPorts: number[];
  app?: string | undefined;
}

export async function listSecurityGroups(
  aws: AwsClients,
  vpcId?: string,
): Promise<SecurityGroupSummary[]> {
  const Filters = vpcId ? [{ Name: "vpc-id", Values: [vpcId] }] : undefined;
  const groups = await allPages<SecurityGroup>(async (NextToken) => {
    const page = await aws.ec2.send(new DescribeSecurityGroupsCommand({ Filters, NextToken }));
    return { items: page.SecurityGroups, nextToken: page.NextToken };
  });
  return groups.map(toSecurityGroupSummary).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * A security group that lets anyone reach the given TCP ports (IPv4), as the
 * tutorial's service needs for its public port. A group whose rules could not be
 * added is deleted again rather than left half made.
 */
export async function createSecurityGroup(
  aws: AwsClients,
  input: NewSecurityGroup,
): Promise<SecurityGroupSummary> {
  const app = input.app ?? input.name;
  const created = await aws.ec2.send(
    new CreateSecurityGroupCommand({
      GroupName: input.name,
      VpcId: input.vpcId,
      Description: input.description ?? `Created by Slipway for ${app}`,
      TagSpecifications: [{ ResourceType: "security-group", Tags: awsTags(app) }],
    }),
  );
  const groupId = created.GroupId ?? "";
  const ports = [...new Set(input.ingressPorts)];
  if (ports.length > 0) {
    try {
      await aws.ec2.send(
        new AuthorizeSecurityGroupIngressCommand({
          GroupId: groupId,
          IpPermissions: ports.map((port) => ({
            IpProtocol: "tcp",
            FromPort: port,
            ToPort: port,
            IpRanges: [{ CidrIp: "0.0.0.0/0", Description: "Opened by Slipway" }],
          })),
        }),
      );
    } catch (error) {
      await aws.ec2.send(new DeleteSecurityGroupCommand({ GroupId: groupId })).catch((e) => {
        log.warn("could not delete a half-made security group", { groupId, error: e });
      });
      throw error;
    }
  }
  log.info("security group created", { groupId, vpcId: input.vpcId, ports });
  const answer = await aws.ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: [groupId] }));
  const group = answer.SecurityGroups?.[0] ?? { GroupId: groupId, GroupName: input.name };
  return toSecurityGroupSummary(group);
}
