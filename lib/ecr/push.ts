import "server-only";
import type { Readable } from "node:stream";
import { DescribeImagesCommand } from "@aws-sdk/client-ecr";
import type { AwsClients } from "@/lib/aws/clients";
import { getDocker } from "@/lib/docker/client";
import { LayerTotals } from "@/lib/docker/layers";
import { readEngineProgress } from "@/lib/docker/progress";
import type { LayerProgressLine, LayerTotalLine } from "@/lib/docker/progress-lines";
import { registryOf } from "@/lib/ecr/push-commands";
import { classifyPushFailure } from "@/lib/ecr/push-failure";
import { forgetRegistryAuth, type RegistryAuth, registryAuth } from "@/lib/ecr/registry-auth";
import { describeRepositoryOrThrow } from "@/lib/ecr/repositories";
import { AppError, conflict } from "@/lib/errors";
import { trackStream } from "@/lib/http/stream-registry";
import { inspectEngineImage } from "@/lib/images/inspect";
import { log } from "@/lib/log";

// Pushes a local image to an ECR repository the way the docker CLI would after
// `aws ecr get-login-password | docker login` (case E1): the token decoded into user
// and password, the image tagged with the repository's own URI, the credentials sent
// with the push (the engine reads no docker config), and every error message in the
// engine's stream taken as the failure it is.

export interface EcrPushRequest {
  /** A local image by reference or id. */
  image: string;
  /** The ECR repository's name (`team/app`). */
  repository: string;
  tag: string;
}

export type EcrPushResult = {
  digest: string;
  /** `<repositoryUri>:<tag>` */
  imageUri: string;
  /** `<repositoryUri>@<digest>`: what a task definition pins. */
  pinnedUri: string;
  repositoryUri: string;
};

export type EcrPushProgress = LayerProgressLine | LayerTotalLine;

export interface EcrPushOptions {
  /** Aborting stops the push on the engine; the promise then rejects. */
  signal?: AbortSignal;
  onProgress?: (line: EcrPushProgress) => void;
}

/** What was checked before pushing: the local image, the repository and the token. */
export interface PreparedPush {
  aws: AwsClients;
  imageId: string;
  request: EcrPushRequest;
  repositoryUri: string;
  auth: RegistryAuth;
}

/** Checks, then pushes. Throws AppError: not_found, conflict, unauthorized, forbidden... */
export async function pushToEcr(
  aws: AwsClients,
  request: EcrPushRequest,
  options: EcrPushOptions = {},
): Promise<EcrPushResult> {
  return runPush(await preparePush(aws, request), options);
}

/**
 * Everything that can fail before a byte moves: the image exists locally, the
 * repository exists (its own URI is the push target), an immutable tag is not taken,
 * and a token is at hand.
 */
export async function preparePush(aws: AwsClients, request: EcrPushRequest) {
  const image = await inspectEngineImage(request.image);
  const repository = await describeRepositoryOrThrow(aws, request.repository);
  const repositoryUri = repository.repositoryUri ?? "";
  if (repository.imageTagMutability === "IMMUTABLE") {
    await refuseTakenTag(aws, request.repository, request.tag);
  }
  const auth = await registryAuth(aws);
  return { aws, imageId: image.Id, request, repositoryUri, auth } satisfies PreparedPush;
}

export async function runPush(
  prepared: PreparedPush,
  options: EcrPushOptions = {},
): Promise<EcrPushResult> {
  const { aws, imageId, repositoryUri, auth, request } = prepared;
  const { signal, onProgress } = options;
  const target = `${repositoryUri}:${request.tag}`;
  const started = Date.now();
  const docker = getDocker();

  // The image keeps this name afterwards, as after `docker tag` and `docker push`; a
  // failed push takes back a name it added (not one the image had before).
  const hadName = await docker
    .getImage(target)
    .inspect()
    .then(
      () => true,
      () => false,
    );
  await docker.getImage(imageId).tag({ repo: repositoryUri, tag: request.tag });
  let pushed = false;
  const release = trackStream();
  let engine: Readable | undefined;
  const stop = () => engine?.destroy();
  signal?.addEventListener("abort", stop);
  try {
    engine = (await docker.getImage(repositoryUri).push({
      tag: request.tag,
      authconfig: {
        username: auth.username,
        password: auth.password,
        serveraddress: auth.serverAddress,
      },
      abortSignal: signal,
    })) as Readable;
    const totals = new LayerTotals("push");
    for await (const line of readEngineProgress(engine, "push")) {
      if (signal?.aborted) break;
      if (line.type === "progress") {
        onProgress?.(line);
        const total = totals.read(line);
        if (total) onProgress?.(total);
      } else if (line.type === "failure") {
        const failure = classifyPushFailure(line.message, target, registryOf(repositoryUri));
        if (failure.code === "unauthorized") forgetRegistryAuth(aws);
        log.info("ecr push failed", { target, code: failure.code });
        throw new AppError(failure.code, failure.message);
      } else if (line.type === "done") {
        if (!line.digest) break;
        log.info("ecr image pushed", { target, digest: line.digest, ms: Date.now() - started });
        pushed = true;
        return {
          digest: line.digest,
          imageUri: target,
          pinnedUri: `${repositoryUri}@${line.digest}`,
          repositoryUri,
        };
      }
    }
    if (signal?.aborted) {
      log.info("ecr push cancelled", { target });
      throw new AppError("upstream_error", `The push of ${target} was cancelled`);
    }
    throw new AppError("upstream_error", `The engine ended the push of ${target} without a digest`);
  } finally {
    signal?.removeEventListener("abort", stop);
    stop();
    release();
    if (!pushed && !hadName) await untagAdded(imageId, target);
  }
}

/** Removes the name a failed push added, only while the image keeps another name. */
async function untagAdded(imageId: string, target: string): Promise<void> {
  const docker = getDocker();
  try {
    const image = await docker.getImage(imageId).inspect();
    if ((image.RepoTags ?? []).filter((t) => t !== target).length === 0) return;
    await docker.getImage(target).remove({ noprune: true });
    log.info("ecr push untagged", { target });
  } catch (error) {
    log.warn("ecr push could not untag", { target, error: String(error) });
  }
}

/** ECR refuses an existing tag in an immutable repository: say so before pushing. */
async function refuseTakenTag(aws: AwsClients, repository: string, tag: string) {
  const taken = await aws.ecr
    .send(new DescribeImagesCommand({ repositoryName: repository, imageIds: [{ imageTag: tag }] }))
    .catch((error: { name?: string }) => {
      if (error.name === "ImageNotFoundException") return null;
      throw error;
    });
  const digest = taken?.imageDetails?.[0]?.imageDigest;
  if (digest) {
    throw conflict(
      `Tag ${tag} already exists in ${repository} (${digest}), whose tags are immutable: ` +
        "push under a new tag",
      { repository, tag, digest },
    );
  }
}
