import "server-only";
import { CloudWatchLogsClient } from "@aws-sdk/client-cloudwatch-logs";
import { EC2Client } from "@aws-sdk/client-ec2";
import { ECRClient } from "@aws-sdk/client-ecr";
import { ECSClient } from "@aws-sdk/client-ecs";
import { IAMClient } from "@aws-sdk/client-iam";
import { STSClient } from "@aws-sdk/client-sts";
import { fromNodeProviderChain } from "@aws-sdk/credential-providers";
import { type AwsContext, awsContextFrom } from "@/lib/aws/context";
import { credentialsUnavailable, regionMissing } from "@/lib/aws/errors";
import { observeAttempts } from "@/lib/aws/middleware";
import { isSsoProfile } from "@/lib/aws/profiles";

// The seam through which every AWS call goes: one client per service and per
// (profile, region), made on first use and kept. Credentials come from the standard
// chain for the chosen profile (environment, shared files, SSO, container and
// instance roles). Endpoints are the SDK's own business: it reads AWS_ENDPOINT_URL,
// AWS_ENDPOINT_URL_<SERVICE> and `endpoint_url` itself, so Slipway sets none.

const SERVICES = {
  ecs: ECSClient,
  ecr: ECRClient,
  logs: CloudWatchLogsClient,
  ec2: EC2Client,
  sts: STSClient,
  iam: IAMClient,
};
type Services = typeof SERVICES;
type ServiceName = keyof Services;
export type AwsClients = { readonly context: AwsContext } & {
  readonly [K in ServiceName]: InstanceType<Services[K]>;
};

/** Throttled calls are retried with backoff; adaptive mode also slows the client down. */
export const RETRY = { retryMode: "adaptive", maxAttempts: 6 } as const;
const TIMEOUTS = { connectionTimeout: 5_000, requestTimeout: 60_000 };

type Credentials = ReturnType<typeof fromNodeProviderChain>;
const credentialsByProfile = new Map<string, Credentials>();
const clientsByContext = new Map<string, Map<ServiceName, unknown>>();

export async function awsClientsFor(req: Request): Promise<AwsClients> {
  return awsClients(await awsContextFrom(req));
}

export function awsClients(context: AwsContext): AwsClients {
  const key = `${context.profile ?? ""}\n${context.region ?? ""}`;
  let made = clientsByContext.get(key);
  if (!made) {
    made = new Map();
    clientsByContext.set(key, made);
  }
  const cache = made;
  const clients = { context } as AwsClients;
  for (const name of Object.keys(SERVICES) as ServiceName[]) {
    Object.defineProperty(clients, name, {
      enumerable: true,
      get: () => {
        if (!cache.has(name)) cache.set(name, makeClient(name, context));
        return cache.get(name);
      },
    });
  }
  return clients;
}

/** Test seam: a fake request handler and static credentials stand in for AWS. */
export interface ClientOverrides {
  requestHandler?: { handle: (request: never) => Promise<{ response: unknown }> };
  credentials?: { accessKeyId: string; secretAccessKey: string };
  maxAttempts?: number;
}

export function makeClient<K extends ServiceName>(
  name: K,
  context: AwsContext,
  overrides: ClientOverrides = {},
): InstanceType<Services[K]> {
  if (!context.region) throw regionMissing(context.profile);
  const Client = SERVICES[name] as new (config: object) => InstanceType<Services[K]>;
  const client = new Client({
    region: context.region,
    profile: context.profile ?? undefined,
    credentials: credentialsFor(context.profile),
    requestHandler: TIMEOUTS,
    ...RETRY,
    ...overrides,
  });
  observeAttempts(client.middlewareStack, name);
  return client;
}

function credentialsFor(profile: string | null): Credentials {
  const key = profile ?? "";
  const known = credentialsByProfile.get(key);
  if (known) return known;
  const chain = fromNodeProviderChain({ profile: profile ?? undefined });
  // The chain keeps what it found until it expires; a failure is asked again next
  // time, so `aws sso login` in a terminal is picked up without a restart.
  const provider: Credentials = async (options) => {
    try {
      return await chain(options);
    } catch (error) {
      throw credentialsUnavailable(error, profile, profile ? await isSsoProfile(profile) : false);
    }
  };
  credentialsByProfile.set(key, provider);
  return provider;
}
