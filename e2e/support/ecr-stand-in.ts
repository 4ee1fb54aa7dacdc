// The ECR stand-in registry (scripts/ecr-stand-in.sh) seen from a test: its HTTP API
// over TLS with the test CA, for checking what a push really left there and for
// removing it after. Requests always go to the stand-in's loopback address, with the
// repository's host name for TLS and the Host header: never to a real AWS address.
import { readFileSync } from "node:fs";
import { request } from "node:https";
import { GetAuthorizationTokenCommand } from "@aws-sdk/client-ecr";
import { moto } from "./moto";

const STATE_DIR = process.env.SLIPWAY_ECR_STATE_DIR ?? "/var/lib/slipway-test";
export const STAND_IN_CA = `${STATE_DIR}/ca/ca.crt`;
export const PUSH_RECORDER_URL = "http://127.0.0.1:5056";
/** A region whose stand-in registry refuses moto's token: every push there is denied. */
export const DENYING_REGION = process.env.SLIPWAY_TEST_ECR_DENYING_REGION ?? "eu-west-3";
const STAND_IN_ADDRESS = "127.0.0.1";

export const MANIFEST_V2 = "application/vnd.docker.distribution.manifest.v2+json";

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** `123...amazonaws.com/team/app` -> its host and repository name. */
export function splitRepositoryUri(uri: string): { host: string; repository: string } {
  const slash = uri.indexOf("/");
  return { host: uri.slice(0, slash), repository: uri.slice(slash + 1) };
}

/** The stand-in's credentials are the ones moto's token encodes: `Basic <token>`. */
async function authorization(): Promise<string> {
  const answer = await moto.ecr.send(new GetAuthorizationTokenCommand({}));
  return `Basic ${answer.authorizationData?.[0]?.authorizationToken ?? ""}`;
}

async function standIn(host: string, method: string, path: string, accept = MANIFEST_V2) {
  const auth = await authorization();
  return new Promise<Answer>((resolve, reject) => {
    const req = request(
      {
        host: STAND_IN_ADDRESS,
        port: 443,
        servername: host,
        method,
        path,
        ca: readFileSync(STAND_IN_CA),
        headers: { Host: host, Accept: accept, Authorization: auth },
        timeout: 10_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error(`the stand-in did not answer ${path}`)));
    req.on("error", reject);
    req.end();
  });
}

export interface StandInManifest {
  status: number;
  digest: string | null;
  manifest: { layers?: Array<{ digest: string; size: number }>; config?: { digest: string } };
}

/** The manifest the stand-in holds for `repositoryUri:reference` (a tag or digest). */
export async function standInManifest(
  repositoryUri: string,
  reference: string,
): Promise<StandInManifest> {
  const { host, repository } = splitRepositoryUri(repositoryUri);
  const answer = await standIn(host, "GET", `/v2/${repository}/manifests/${reference}`);
  const digest = answer.headers["docker-content-digest"];
  return {
    status: answer.status,
    digest: typeof digest === "string" ? digest : null,
    manifest: answer.status === 200 ? JSON.parse(answer.body.toString("utf8")) : {},
  };
}

/** Whether the stand-in holds a blob (a layer or config) of the repository. */
export async function standInHasBlob(repositoryUri: string, digest: string): Promise<boolean> {
  const { host, repository } = splitRepositoryUri(repositoryUri);
  const answer = await standIn(host, "HEAD", `/v2/${repository}/blobs/${digest}`, "*/*");
  return answer.status === 200;
}

/** Removes a pushed manifest from the stand-in (its storage outlives the test run). */
export async function deleteStandInManifest(repositoryUri: string, digest: string) {
  const { host, repository } = splitRepositoryUri(repositoryUri);
  await standIn(host, "DELETE", `/v2/${repository}/manifests/${digest}`).catch(() => undefined);
}

export interface RecorderOutcome {
  repository: string;
  tag: string | null;
  digest: string;
  outcome: "recorded" | "failed" | "ignored";
  why?: string;
}

/** The push recorder's last outcomes, to explain an image that never reached moto. */
export async function recentRecordings(): Promise<RecorderOutcome[]> {
  const answer = await fetch(`${PUSH_RECORDER_URL}/recent`).catch(() => null);
  return answer?.ok ? ((await answer.json()) as RecorderOutcome[]) : [];
}
