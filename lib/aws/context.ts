import "server-only";
import { AWS_COOKIE, type AwsChoice, awsChoice, profileName, regionName } from "@/lib/aws/names";
import { profileRegion } from "@/lib/aws/profiles";
import { invalidInput } from "@/lib/errors";
import { log } from "@/lib/log";
import { readCookie } from "@/lib/security/request-guard";

// Which AWS profile and region a request works in. Each of the two is taken from
// the first place that names it: the query (`profile`, `region`), the browser's
// cookie, the environment (AWS_PROFILE, AWS_REGION), and for the region last the
// chosen profile's `region` in ~/.aws/config, as the AWS CLI and SDKs do.

export type ContextSource = "query" | "cookie" | "environment" | "profile" | "none";

export interface AwsContext extends AwsChoice {
  source: { profile: ContextSource; region: ContextSource };
}

export async function awsContextFrom(req: Request): Promise<AwsContext> {
  const query = queryChoice(new URL(req.url).searchParams);
  const cookie = cookieChoice(req.headers);
  return resolveContext(query, cookie);
}

/** The defaults that apply when neither the query nor a cookie names anything. */
export function environmentChoice(): AwsChoice {
  return {
    profile: nonEmpty(process.env.AWS_PROFILE),
    region: nonEmpty(process.env.AWS_REGION),
  };
}

export async function resolveContext(
  query: Partial<AwsChoice>,
  cookie: Partial<AwsChoice>,
): Promise<AwsContext> {
  const env = environmentChoice();
  const [profile, profileSource] = firstOf([
    [query.profile, "query"],
    [cookie.profile, "cookie"],
    [env.profile, "environment"],
  ]);
  let [region, regionSource] = firstOf([
    [query.region, "query"],
    [cookie.region, "cookie"],
    [env.region, "environment"],
  ]);
  if (!region) {
    region = await profileRegion(profile ?? "default");
    regionSource = region ? "profile" : "none";
  }
  return { profile, region, source: { profile: profileSource, region: regionSource } };
}

function firstOf(
  candidates: Array<[string | null | undefined, ContextSource]>,
): [string | null, ContextSource] {
  for (const [value, source] of candidates) if (value) return [value, source];
  return [null, "none"];
}

function queryChoice(params: URLSearchParams): Partial<AwsChoice> {
  const choice: Partial<AwsChoice> = {};
  const profile = params.get("profile");
  const region = params.get("region");
  if (profile) choice.profile = checked(profileName, profile, "profile");
  if (region) choice.region = checked(regionName, region, "region");
  return choice;
}

function checked(schema: typeof profileName, value: string, field: string): string {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw invalidInput(`Invalid query: ${field}: ${result.error.issues[0]?.message}`);
}

/** A cookie that no longer parses is ignored: the environment's defaults apply. */
function cookieChoice(headers: Headers): Partial<AwsChoice> {
  const raw = readCookie(headers, AWS_COOKIE);
  if (!raw) return {};
  try {
    return awsChoice.parse(JSON.parse(raw));
  } catch {
    log.debug("ignoring an unreadable AWS context cookie");
    return {};
  }
}

/** The Set-Cookie value that keeps a browser's choice; it holds names, never secrets. */
export function contextCookie(choice: AwsChoice): string {
  const value = encodeURIComponent(JSON.stringify(choice));
  return `${AWS_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=31536000`;
}

function nonEmpty(value: string | undefined): string | null {
  return value && value.trim() !== "" ? value.trim() : null;
}
