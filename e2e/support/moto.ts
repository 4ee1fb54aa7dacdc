// Test-side access to moto (shared/MOTO.md): SDK clients aimed at the moto server,
// and the harness that plays, in one place, what AWS would do and moto does not.
// Every resource made here has a `slipway-test-` name; tests delete what they made.
// Never POST /moto-api/reset: other test runs share this moto.
//
// The scheduler harness (starting and stopping a service's tasks, public IPs for
// Fargate tasks) is in moto/scheduler.ts.

import { CloudWatchLogsClient } from "@aws-sdk/client-cloudwatch-logs";
import { EC2Client } from "@aws-sdk/client-ec2";
import { ECRClient } from "@aws-sdk/client-ecr";
import { ECSClient } from "@aws-sdk/client-ecs";
import { STSClient } from "@aws-sdk/client-sts";

export const MOTO_URL = process.env.SLIPWAY_TEST_MOTO_URL ?? "http://127.0.0.1:5000";
export const MOTO_REGION = "us-east-1";
export const MOTO_ACCOUNT = "123456789012";

const config = {
  endpoint: MOTO_URL,
  region: MOTO_REGION,
  credentials: { accessKeyId: "testing", secretAccessKey: "testing" },
  maxAttempts: 2,
};

/** moto's ECR in another region (repositories, tokens and hosts are per region). */
export function motoEcrIn(region: string): ECRClient {
  return new ECRClient({ ...config, region });
}

export const moto = {
  ecr: new ECRClient(config),
  ecs: new ECSClient(config),
  ec2: new EC2Client(config),
  logs: new CloudWatchLogsClient(config),
  sts: new STSClient(config),
};

/** Runs `cleanup` and ignores "already gone": tests may have deleted it themselves. */
export async function quietly(cleanup: () => Promise<unknown>): Promise<void> {
  try {
    await cleanup();
  } catch {
    // Gone already, or never made: nothing of ours is left either way.
  }
}
