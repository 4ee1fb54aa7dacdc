import "server-only";
import type { AwsClients } from "@/lib/aws/clients";
import { rollOutStep } from "@/lib/ecs/rollout-step";
import { notFound } from "@/lib/errors";
import { getFlowOrThrow } from "@/lib/flows/query";
import { type StepDefinition, startFlow } from "@/lib/flows/runner";
import type { Flow } from "@/lib/flows/types";
import { log } from "@/lib/log";
import { HISTORY_KINDS } from "@/lib/ship/history";
import { planShip, type ShipPlan } from "@/lib/ship/plan";
import type { ShipRequest } from "@/lib/ship/schemas";
import { startAloneOnService } from "@/lib/ship/service-guard";
import { buildStep } from "@/lib/ship/steps/build";
import { deployStep } from "@/lib/ship/steps/deploy";
import { pushStep } from "@/lib/ship/steps/push";
import { registerStep } from "@/lib/ship/steps/register";

// A ship: build (optional) -> push -> register a revision -> update or create the
// service -> watch the roll-out, as one flow that lives on the server. Everything is
// checked before it starts; one service ships one version at a time.

export function shipSteps(aws: AwsClients, plan: ShipPlan): StepDefinition[] {
  return [
    buildStep(plan),
    pushStep(aws, plan),
    registerStep(aws, plan),
    deployStep(aws, plan),
    rollOutStep(aws, { cluster: plan.request.cluster, service: plan.request.service }),
  ];
}

export async function startShip(aws: AwsClients, request: ShipRequest): Promise<Flow> {
  const { cluster, service } = request;
  const region = aws.context.region ?? "";
  return startAloneOnService(aws, request, async () => {
    const plan = await planShip(aws, request);
    const flow = startFlow({
      kind: "ship",
      subject: { cluster, service, region, app: plan.app },
      input: request,
      steps: shipSteps(aws, plan),
      result: { cluster, service, repository: request.repository, tag: request.tag, region },
    });
    log.info("ship started", { flow: flow.id, cluster, service, region });
    return flow;
  });
}

/** A ship or rollback flow (the history lists both); other flows are not found here. */
export async function getShipOrThrow(id: string): Promise<Flow> {
  const flow = await getFlowOrThrow(id);
  if (!HISTORY_KINDS.includes(flow.kind)) throw notFound(`No ship or rollback with id ${id}`);
  return flow;
}
