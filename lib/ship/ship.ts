import "server-only";
import type { AwsClients } from "@/lib/aws/clients";
import { serially } from "@/lib/aws/serially";
import { rollOutStep } from "@/lib/ecs/rollout-step";
import { conflict, notFound } from "@/lib/errors";
import { getFlowOrThrow, listFlows } from "@/lib/flows/query";
import { type StepDefinition, startFlow } from "@/lib/flows/runner";
import type { Flow } from "@/lib/flows/types";
import { log } from "@/lib/log";
import { HISTORY_KINDS } from "@/lib/ship/history";
import { planShip, type ShipPlan } from "@/lib/ship/plan";
import type { ShipRequest } from "@/lib/ship/schemas";
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
  return serially(`ship:${aws.context.profile ?? ""}:${region}:${cluster}:${service}`, async () => {
    const running = await listFlows({ kind: HISTORY_KINDS, subject: { cluster, service } });
    const busy = running.find((f) => f.state === "running" && f.subject.region === region);
    if (busy) {
      throw conflict(
        `A ${busy.kind} of ${service} in ${cluster} is running (flow ${busy.id}); wait for ` +
          "it to finish or cancel it first.",
        { flow: busy.id },
      );
    }
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
