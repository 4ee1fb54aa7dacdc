import "server-only";
import { GetAuthorizationTokenCommand } from "@aws-sdk/client-ecr";
import type { AwsClients } from "@/lib/aws/clients";
import {
  decodeAuthorizationToken,
  type RegistryCredentials,
  tokenStillGood,
} from "@/lib/ecr/auth-token";

// Credentials for pushing to ECR from Slipway (the engine reads no docker config:
// they go with every push). Kept in memory per profile and region until shortly
// before they expire; an already expired token is simply not kept. The cache lives on
// globalThis: Next bundles each route apart, and the push route and flows share it.

export interface RegistryAuth extends RegistryCredentials {
  serverAddress: string;
}

type Cache = Map<string, { auth: RegistryAuth; expiresAt: Date }>;
const state = globalThis as typeof globalThis & { __slipwayEcrAuth?: Cache };
const cache: Cache = state.__slipwayEcrAuth ?? new Map();
state.__slipwayEcrAuth = cache;

const keyOf = (aws: AwsClients) => `${aws.context.profile ?? ""}\n${aws.context.region ?? ""}`;

export async function registryAuth(aws: AwsClients): Promise<RegistryAuth> {
  const key = keyOf(aws);
  const cached = cache.get(key);
  if (cached && tokenStillGood(cached.expiresAt)) return cached.auth;

  const answer = await aws.ecr.send(new GetAuthorizationTokenCommand({}));
  const data = answer.authorizationData?.[0];
  if (!data?.authorizationToken) throw new Error("ECR returned no authorization token");
  const auth = {
    ...decodeAuthorizationToken(data.authorizationToken),
    serverAddress: data.proxyEndpoint ?? "",
  };
  if (tokenStillGood(data.expiresAt)) cache.set(key, { auth, expiresAt: data.expiresAt as Date });
  else cache.delete(key);
  return auth;
}

/** Drops the cached token, after a registry refused it: the next push asks for a new one. */
export function forgetRegistryAuth(aws: AwsClients): void {
  cache.delete(keyOf(aws));
}
