// IAM roles for the role pickers: a role ECS tasks may assume, as
// ecsTaskExecutionRole is on AWS.
import { CreateRoleCommand, DeleteRoleCommand, IAMClient } from "@aws-sdk/client-iam";
import { MOTO_REGION, MOTO_URL, quietly } from "../moto";

const iam = new IAMClient({
  endpoint: MOTO_URL,
  region: MOTO_REGION,
  credentials: { accessKeyId: "testing", secretAccessKey: "testing" },
  maxAttempts: 2,
});

const TRUST_ECS_TASKS = JSON.stringify({
  Version: "2012-10-17",
  Statement: [
    {
      Effect: "Allow",
      Principal: { Service: "ecs-tasks.amazonaws.com" },
      Action: "sts:AssumeRole",
    },
  ],
});

/** A role ECS tasks may assume; returns its ARN. */
export async function createTestRole(name: string): Promise<string> {
  const answer = await iam.send(
    new CreateRoleCommand({
      RoleName: name,
      AssumeRolePolicyDocument: TRUST_ECS_TASKS,
      Tags: [{ Key: "slipway-test", Value: "1" }],
    }),
  );
  return answer.Role?.Arn ?? "";
}

export async function removeTestRole(name: string): Promise<void> {
  await quietly(() => iam.send(new DeleteRoleCommand({ RoleName: name })));
}
