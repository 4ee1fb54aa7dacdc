import "server-only";
import type { Readable } from "node:stream";
import { getDocker } from "@/lib/docker/client";
import { dockerMessage } from "@/lib/docker/errors";
import { LayerTotals } from "@/lib/docker/layers";
import { readEngineProgress } from "@/lib/docker/progress";
import { trackStream } from "@/lib/http/stream-registry";
import { formatImageReference, type ImageReference } from "@/lib/images/reference";
import { log } from "@/lib/log";
import { classifyPullError } from "@/lib/pull/classify";
import { digestOf } from "@/lib/pull/digest";
import type { PullLine } from "@/lib/pull/lines";
import { registryOfReference } from "@/lib/registries/server-name";
import { authConfigFor } from "@/lib/registries/store";

// One pull on the engine with the saved credentials of the reference's registry.
// The engine refuses some pulls before streaming (unknown tag, bad credentials,
// unreachable registry) and reports others inside the stream (case D2): both end
// as one `failure` line in the same words. Closing the connection stops the pull.

export async function* runPull(ref: ImageReference, signal: AbortSignal): AsyncGenerator<PullLine> {
  const started = Date.now();
  const reference = formatImageReference(ref.digest ? ref : { ...ref, explicitTag: true });
  const registry = registryOfReference(reference);
  const auth = await authConfigFor(reference);
  const release = trackStream();
  let engine: Readable | undefined;
  const stop = () => engine?.destroy();
  signal.addEventListener("abort", stop);

  try {
    try {
      engine = (await getDocker().createImage(auth, {
        fromImage: ref.repository,
        tag: ref.digest ?? ref.tag,
        abortSignal: signal,
      })) as Readable;
    } catch (error) {
      if (typeof (error as { statusCode?: unknown }).statusCode !== "number") throw error;
      const failure = classifyPullError(dockerMessage(error as Error), reference, registry);
      log.info("image pull refused", { reference, registry, code: failure.code });
      yield { type: "failure", ...failure };
      return;
    }
    if (signal.aborted) return;

    const totals = new LayerTotals("pull");
    let digest: string | undefined;
    for await (const line of readEngineProgress(engine, "pull")) {
      if (line.type === "progress") {
        digest ??= digestOf(line.status);
        yield line;
        const total = totals.read(line);
        if (total) yield total;
      } else if (line.type === "failure") {
        const failure = classifyPullError(line.message, reference, registry);
        log.info("image pull failed", { reference, registry, code: failure.code });
        yield { type: "failure", ...failure };
      } else if (line.type === "done") {
        const image = await getDocker().getImage(reference).inspect();
        log.info("image pulled", { reference, imageId: image.Id, ms: Date.now() - started });
        yield {
          type: "done",
          imageId: image.Id,
          reference,
          ...(digest ? { digest } : {}),
        };
      }
    }
  } finally {
    signal.removeEventListener("abort", stop);
    if (signal.aborted) log.info("image pull cancelled", { reference });
    stop();
    release();
  }
}
