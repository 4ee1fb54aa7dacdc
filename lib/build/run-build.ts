import "server-only";
import type { Readable } from "node:stream";
import { Transform } from "node:stream";
import { setTimeout as delay } from "node:timers/promises";
import type Dockerode from "dockerode";
import { type BuildOptions, withDefaultTag } from "@/lib/build/schema";
import { getDocker } from "@/lib/docker/client";
import { type ProgressLine, readEngineProgress } from "@/lib/docker/progress";
import { invalidInput } from "@/lib/errors";
import { trackStream } from "@/lib/http/stream-registry";
import { log } from "@/lib/log";

// One image build on the engine: the context tar goes up, the engine's progress
// comes back as Slipway lines. Closing the connection is how a build is cancelled:
// the classic builder stops the step it runs and removes its container.

export type BuildLine = ProgressLine;

export interface BuildContextSource {
  tar: Readable;
  /** The tar's size when known beforehand (folder builds). */
  size?: number;
}

const CONTEXT_TICK_MS = 400;

export async function* runBuild(
  source: BuildContextSource,
  options: BuildOptions,
  signal: AbortSignal,
): AsyncGenerator<BuildLine> {
  const started = Date.now();
  const tag = withDefaultTag(options.tag);
  const counter = countBytes(source.tar);
  const release = trackStream();
  let engine: NodeJS.ReadableStream | undefined;
  const stop = () => {
    source.tar.destroy();
    counter.stream.destroy();
    (engine as Readable | undefined)?.destroy();
  };
  signal.addEventListener("abort", stop);

  try {
    const reply = getDocker()
      .buildImage(counter.stream, engineOptions(options, signal))
      .then(
        (stream) => ({ stream }),
        (error: unknown) => ({ error }),
      );

    // The engine answers only once it holds the whole context: say how far it is.
    for (;;) {
      const outcome = await Promise.race([reply, delay(CONTEXT_TICK_MS, null)]);
      yield contextProgress(counter.bytes(), source.size);
      if (outcome === null) continue;
      if ("error" in outcome) throw engineRefusal(outcome.error, options.dockerfile);
      engine = outcome.stream;
      break;
    }
    if (signal.aborted) return;

    for await (const line of readEngineProgress(engine as Readable, "build")) {
      if (line.type === "done") {
        log.info("image built", { tag, imageId: line.imageId, ms: Date.now() - started });
        yield { ...line, tag };
      } else {
        if (line.type === "failure") log.info("image build failed", { tag, step: line.step });
        yield line;
      }
    }
  } finally {
    signal.removeEventListener("abort", stop);
    if (signal.aborted) log.info("image build cancelled", { tag, ms: Date.now() - started });
    stop();
    release();
  }
}

function engineOptions(options: BuildOptions, signal: AbortSignal): Dockerode.ImageBuildOptions {
  const query: Dockerode.ImageBuildOptions = {
    t: options.tag,
    dockerfile: options.dockerfile,
    rm: true,
    // A failed step's container is removed too: a dashboard build leaves nothing behind.
    forcerm: true,
    abortSignal: signal,
  };
  if (Object.keys(options.buildArgs).length > 0) query.buildargs = options.buildArgs;
  if (options.target) query.target = options.target;
  if (options.noCache) query.nocache = true;
  return query;
}

function contextProgress(current: number, total?: number): BuildLine {
  const line: BuildLine = { type: "progress", status: "Sending build context", current };
  if (total !== undefined) line.total = Math.max(total, current);
  return line;
}

function countBytes(tar: Readable) {
  let bytes = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  tar.on("error", (error) => stream.destroy(error));
  tar.pipe(stream);
  return { stream, bytes: () => bytes };
}

function engineRefusal(error: unknown, dockerfile: string): unknown {
  const message = (error as Error)?.message ?? "";
  if (message.includes("Cannot locate specified Dockerfile")) {
    return invalidInput(`There is no ${dockerfile} in the build context`);
  }
  return error;
}
