import "server-only";
import type { AwsClients } from "@/lib/aws/clients";
import { watchRollout } from "@/lib/ecs/rollout";
import type { RolloutView } from "@/lib/ecs/rollout-types";
import { findServiceOrThrow } from "@/lib/ecs/services";
import { Mailbox } from "@/lib/http/mailbox";
import { type SseMessage, sse } from "@/lib/http/streams";

// The live rollout of a service's current revision (its PRIMARY deployment's) as
// Server-Sent Events: a RolloutView each look, then `end` once steady, or
// `failure` {code, message} when it failed or ran out of time. A service already
// steady answers one view and `end`.

export async function rolloutEvents(
  req: Request,
  aws: AwsClients,
  ref: { cluster: string; service: string },
  timeoutMs: number,
): Promise<Response> {
  // Found before the stream starts, so an unknown service is a plain 404.
  const service = await findServiceOrThrow(aws, ref.cluster, ref.service);
  const target = {
    cluster: ref.cluster,
    service: service.serviceName ?? ref.service,
    taskDefinitionArn: service.taskDefinition ?? "",
  };
  return sse(req, async function* (signal): AsyncGenerator<SseMessage> {
    const views = new Mailbox<RolloutView>();
    const watch = watchRollout(aws, target, { signal, timeoutMs, report: (v) => views.push(v) });
    watch.then(
      () => views.close(),
      (error) => views.fail(error),
    );
    for await (const view of views.drain(signal)) yield { data: view };
  });
}
