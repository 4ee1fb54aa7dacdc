import "server-only";
import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import type { AwsClients } from "@/lib/aws/clients";
import type { AwsContext, ContextSource } from "@/lib/aws/context";
import { environmentChoice } from "@/lib/aws/context";
import { listProfiles } from "@/lib/aws/profiles";
import { KNOWN_REGIONS } from "@/lib/aws/regions";

export interface AwsIdentity {
  account: string;
  arn: string;
  region: string;
  profile: string | null;
  source: { profile: ContextSource; region: ContextSource };
}

/** Who the chosen profile and region act as (STS GetCallerIdentity). */
export async function callerIdentity(aws: AwsClients): Promise<AwsIdentity> {
  const answer = await aws.sts.send(new GetCallerIdentityCommand({}));
  return {
    account: answer.Account ?? "",
    arn: answer.Arn ?? "",
    region: aws.context.region ?? "",
    profile: aws.context.profile,
    source: aws.context.source,
  };
}

/** What the header's picker offers: profiles by name, regions, and what applies now. */
export async function profileChoices(context: AwsContext) {
  return {
    profiles: await listProfiles(),
    regions: KNOWN_REGIONS,
    defaults: environmentChoice(),
    current: { profile: context.profile, region: context.region, source: context.source },
  };
}
