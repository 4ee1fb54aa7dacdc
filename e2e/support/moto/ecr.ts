// ECR as a registry would fill it: moto has no registry, so an image "pushed" in a
// test is recorded with PutImage, as the harness does after a real push.
import { createHash } from "node:crypto";
import {
  DeleteRepositoryCommand,
  DescribeImagesCommand,
  PutImageCommand,
} from "@aws-sdk/client-ecr";
import { recentRecordings } from "../ecr-stand-in";
import { moto, motoEcrIn, quietly } from "../moto";

/** Records an image manifest under `tag`; returns its digest. */
export async function putTestImage(repository: string, tag: string, seed = tag): Promise<string> {
  const layer = createHash("sha256").update(`layer:${seed}`).digest("hex");
  const configDigest = createHash("sha256").update(`config:${seed}`).digest("hex");
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: "application/vnd.docker.distribution.manifest.v2+json",
    config: {
      mediaType: "application/vnd.docker.container.image.v1+json",
      size: 1000,
      digest: `sha256:${configDigest}`,
    },
    layers: [
      {
        mediaType: "application/vnd.docker.image.rootfs.diff.tar.gzip",
        size: 2000,
        digest: `sha256:${layer}`,
      },
    ],
  });
  const answer = await moto.ecr.send(
    new PutImageCommand({ repositoryName: repository, imageManifest: manifest, imageTag: tag }),
  );
  return answer.image?.imageId?.imageDigest ?? "";
}

export async function removeTestRepository(name: string, region?: string): Promise<void> {
  const ecr = region ? motoEcrIn(region) : moto.ecr;
  await quietly(() => ecr.send(new DeleteRepositoryCommand({ repositoryName: name, force: true })));
}

/**
 * Waits until moto lists `repository:tag` (the push recorder records a push in moto a
 * moment after the registry took it, as ECR lists it) and returns its digest. Bounded;
 * a timeout names what the recorder did with that repository's pushes.
 */
export async function waitForEcrImage(
  repository: string,
  tag: string,
  options: { region?: string; timeoutMs?: number } = {},
): Promise<string> {
  const ecr = options.region ? motoEcrIn(options.region) : moto.ecr;
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  for (;;) {
    const listed = await ecr
      .send(
        new DescribeImagesCommand({ repositoryName: repository, imageIds: [{ imageTag: tag }] }),
      )
      .catch(() => null);
    const digest = listed?.imageDetails?.[0]?.imageDigest;
    if (digest) return digest;
    if (Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const outcomes = (await recentRecordings()).filter((o) => o.repository === repository);
  throw new Error(
    `${repository}:${tag} did not appear in moto within ${options.timeoutMs ?? 15_000} ms; ` +
      `the push recorder's outcomes for it: ${JSON.stringify(outcomes)}`,
  );
}
