import "server-only";
import {
  DescribeSecurityGroupsCommand,
  type Filter,
  type SecurityGroup,
} from "@aws-sdk/client-ec2";
import type { AwsClients } from "@/lib/aws/clients";
import { allPages } from "@/lib/aws/paging";
import { APP_TAG } from "@/lib/aws/tags";
import type { SecurityGroupFact } from "@/lib/cleanup/facts";

// Security groups a plan looks at: tagged for the app (EC2 filters by tag itself),
// used by the services it removes, and named by the user (by id or by exact name).
// Filters never fail on an id that does not exist, unlike GroupIds.

export async function securityGroupFacts(
  aws: AwsClients,
  wanted: { taggedFor: string | null; ids: readonly string[]; names: readonly string[] },
): Promise<SecurityGroupFact[]> {
  const ids = [...new Set([...wanted.ids, ...wanted.names.filter((n) => /^sg-/.test(n))])];
  const names = wanted.names.filter((n) => !/^sg-/.test(n));
  const queries: Filter[][] = [];
  if (wanted.taggedFor !== null)
    queries.push([{ Name: `tag:${APP_TAG}`, Values: [wanted.taggedFor] }]);
  if (ids.length > 0) queries.push([{ Name: "group-id", Values: ids }]);
  if (names.length > 0) queries.push([{ Name: "group-name", Values: names }]);

  const found = new Map<string, SecurityGroupFact>();
  for (const Filters of queries) {
    for (const group of await groupsFiltered(aws, Filters))
      found.set(group.GroupId ?? "", toFact(group));
  }
  return [...found.values()];
}

function groupsFiltered(aws: AwsClients, Filters: Filter[]): Promise<SecurityGroup[]> {
  return allPages(async (NextToken) => {
    const page = await aws.ec2.send(new DescribeSecurityGroupsCommand({ Filters, NextToken }));
    return { items: page.SecurityGroups, nextToken: page.NextToken };
  });
}

function toFact(group: SecurityGroup): SecurityGroupFact {
  return {
    id: group.GroupId ?? "",
    name: group.GroupName ?? "",
    vpcId: group.VpcId ?? "",
    tags: Object.fromEntries((group.Tags ?? []).map((t) => [t.Key ?? "", t.Value ?? ""])),
  };
}
