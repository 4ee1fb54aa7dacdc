import "server-only";
import {
  DescribeLogGroupsCommand,
  ListTagsForResourceCommand,
  type LogGroup,
} from "@aws-sdk/client-cloudwatch-logs";
import type { AwsClients } from "@/lib/aws/clients";
import { allPages, mapLimited } from "@/lib/aws/paging";
import { APP_TAG } from "@/lib/aws/tags";
import type { LogGroupFact, Tags } from "@/lib/cleanup/facts";

// CloudWatch log groups of the plan's region: those named (by the user, or by the
// revisions in scope) are looked up one by one, by exact name; for an app target
// every group's tags are read to find the app's.

export async function logGroupFacts(
  aws: AwsClients,
  wanted: { taggedFor: string | null; names: readonly string[] },
): Promise<LogGroupFact[]> {
  const groups =
    wanted.taggedFor === null ? await groupsNamed(aws, wanted.names) : await everyGroup(aws);
  const facts = await mapLimited(groups, 4, async (group) =>
    toFact(group, await tagsOf(aws, group)),
  );
  return facts.filter(
    (g) =>
      wanted.names.includes(g.name) || (!!wanted.taggedFor && g.tags[APP_TAG] === wanted.taggedFor),
  );
}

async function everyGroup(aws: AwsClients): Promise<LogGroup[]> {
  return allPages(async (nextToken) => {
    const page = await aws.logs.send(new DescribeLogGroupsCommand({ nextToken }));
    return { items: page.logGroups, nextToken: page.nextToken };
  });
}

async function groupsNamed(aws: AwsClients, names: readonly string[]): Promise<LogGroup[]> {
  const found = await mapLimited([...new Set(names)], 4, async (name) => {
    const page = await aws.logs.send(
      new DescribeLogGroupsCommand({ logGroupNamePrefix: name, limit: 50 }),
    );
    return (page.logGroups ?? []).find((g) => g.logGroupName === name) ?? null;
  });
  return found.filter((g): g is LogGroup => g !== null);
}

/** The group's ARN without the `:*` that DescribeLogGroups' `arn` ends with. */
const arnOf = (group: LogGroup) => group.logGroupArn ?? (group.arn ?? "").replace(/:\*$/, "");

async function tagsOf(aws: AwsClients, group: LogGroup): Promise<Tags> {
  const answer = await aws.logs.send(new ListTagsForResourceCommand({ resourceArn: arnOf(group) }));
  return answer.tags ?? {};
}

function toFact(group: LogGroup, tags: Tags): LogGroupFact {
  return {
    name: group.logGroupName ?? "",
    arn: arnOf(group),
    tags,
    storedBytes: group.storedBytes ?? null,
  };
}
