// ECR as a registry would fill it: moto has no registry, so an image "pushed" in a
// test is recorded with PutImage, as the harness does after a real push.
import { createHash } from "node:crypto";
import { DeleteRepositoryCommand, PutImageCommand } from "@aws-sdk/client-ecr";
import { moto, quietly } from "../moto";

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

export async function removeTestRepository(name: string): Promise<void> {
  await quietly(() =>
    moto.ecr.send(new DeleteRepositoryCommand({ repositoryName: name, force: true })),
  );
}
