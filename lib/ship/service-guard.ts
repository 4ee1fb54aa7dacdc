import "server-only";
import type { AwsClients } from "@/lib/aws/clients";
import { serially } from "@/lib/aws/serially";
import { clusterNameOf, serviceNameOf } from "@/lib/ecs/service-schemas";
import { conflict } from "@/lib/errors";
import { listFlows } from "@/lib/flows/query";
import type { Flow } from "@/lib/flows/types";
import { HISTORY_KINDS } from "@/lib/ship/history";

// One ship or rollback per service at a time: two of them would fight over the
// service's task definition. Ship and rollback both start through here, so a
// rollback during a ship (or a ship during a rollback) is refused like a second
// ship. Subjects may hold names or ARNs, so services compare by cluster and
// service name; the check and the start run serially per service, so of two
// near-simultaneous starts exactly one wins.

export interface ServiceTarget {
  cluster: string;
  service: string;
}

/** The running ship or rollback of that service in that region, if any. */
export async function runningServiceFlow(
  target: ServiceTarget,
  region: string,
): Promise<Flow | undefined> {
  const cluster = clusterNameOf(target.cluster);
  const service = serviceNameOf(target.service);
  const flows = await listFlows({ kind: HISTORY_KINDS });
  return flows.find(
    (f) =>
      f.state === "running" &&
      clusterNameOf(f.subject.cluster ?? "") === cluster &&
      serviceNameOf(f.subject.service ?? "") === service &&
      // Flows that name no region were started in the region Slipway used then.
      (!f.subject.region || f.subject.region === region),
  );
}

/** Runs `start` unless a ship or rollback of the service runs (then a 409 naming it). */
export function startAloneOnService(
  aws: AwsClients,
  target: ServiceTarget,
  start: () => Promise<Flow>,
): Promise<Flow> {
  const region = aws.context.region ?? "";
  const cluster = clusterNameOf(target.cluster);
  const service = serviceNameOf(target.service);
  const key = `service-flow:${aws.context.profile ?? ""}:${region}:${cluster}:${service}`;
  return serially(key, async () => {
    const busy = await runningServiceFlow(target, region);
    if (busy) {
      throw conflict(
        `A ${busy.kind} of ${service} in ${cluster} is running (flow ${busy.id}); wait for ` +
          "it to finish or cancel it first.",
        { flow: { id: busy.id, kind: busy.kind } },
      );
    }
    return start();
  });
}
