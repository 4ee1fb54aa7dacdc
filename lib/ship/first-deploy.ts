import { type TaskDefinitionForm, taskDefinitionForm } from "@/lib/ecs/task-definitions/form";
import { invalidInput } from "@/lib/errors";
import type { ShipRequest } from "@/lib/ship/schemas";

// A first deploy's task definition, as the tutorial's step 4 makes it: one Fargate
// container named after the service, its port, awslogs to /ecs/<service>, the
// execution role that pulls from ECR and sends the logs. Pure.

/** The task definition form a first deploy registers, running `image`. */
export function firstDeployForm(request: ShipRequest, image: string): TaskDefinitionForm {
  const result = checkFirstDeployForm(request, image);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `create.${i.path.join(".")}: ${i.message}`);
  throw invalidInput(`Invalid first-deploy settings: ${problems.join("; ")}`);
}

/** The form's check as zod answers it: the ship form shows its issues by field. */
export function checkFirstDeployForm(request: ShipRequest, image: string) {
  const settings = request.create;
  if (!settings) throw new Error("A first deploy's form needs the first-deploy settings");
  return taskDefinitionForm.safeParse({
    family: request.service,
    app: request.app ?? request.service,
    containerName: request.container ?? request.service,
    image,
    cpu: settings.cpu,
    memory: settings.memory,
    memoryReservation: settings.memoryReservation,
    portMappings: [{ containerPort: settings.containerPort, protocol: "tcp" }],
    executionRoleArn: settings.executionRoleArn,
    logging: { streamPrefix: "ecs" },
  });
}

/** The security group a first deploy opens the container port in, one per service. */
export const firstDeployGroupName = (request: Pick<ShipRequest, "cluster" | "service">) =>
  `slipway-${request.cluster}-${request.service}`;
