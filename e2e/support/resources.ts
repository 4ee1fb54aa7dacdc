// Volumes, networks and images that the resource and prune tests own: each carries
// the test label plus a label unique to this run, so that a prune filtered by that
// label can only ever reach what this run made.
import { Readable } from "node:stream";
import { tarOf } from "./build";
import { docker, testLabels, testName } from "./docker";
import { BASE_IMAGE } from "./env";

export const RUN_LABEL = "slipway-test-run";

/** Labels for everything one test file makes; `filter` selects exactly those. */
export function runLabels(what: string) {
  const run = testName(what);
  return { run, labels: { ...testLabels, [RUN_LABEL]: run }, filter: `${RUN_LABEL}=${run}` };
}

/**
 * Builds `tag` from the base image with the run's labels and a RUN step that writes
 * `step`; a second build of the same tag with another step leaves the first dangling.
 */
export async function buildLabelled(tag: string, run: string, step: string): Promise<string> {
  const dockerfile =
    `FROM ${BASE_IMAGE}\nLABEL slipway-test=1 ${RUN_LABEL}=${run}\n` +
    `RUN echo ${step} > /step.txt\n`;
  const context = Readable.from(await tarOf({ Dockerfile: dockerfile }));
  const stream = await docker.buildImage(context, { t: tag, rm: true, forcerm: true });
  const output = await new Promise<Array<{ error?: string }>>((resolve, reject) =>
    docker.modem.followProgress(stream, (error, result) =>
      error ? reject(error) : resolve(result),
    ),
  );
  const failure = output.find((message) => message.error);
  if (failure) throw new Error(`test build failed: ${failure.error}`);
  return (await docker.getImage(tag).inspect()).Id;
}

/** `count` dangling images of this run (and the tag that took their name). */
export async function danglingImages(run: string, count: number) {
  const tag = `${testName("dangling")}:v1`;
  const ids: string[] = [];
  for (let i = 0; i <= count; i += 1) ids.push(await buildLabelled(tag, run, `${run}-${i}`));
  return { tag, dangling: ids.slice(0, count) };
}

/** Removes every image, container, volume and network carrying this run's label. */
export async function removeRunResources(run: string): Promise<void> {
  const filters = { label: [`${RUN_LABEL}=${run}`] };
  const quietly = (p: Promise<unknown>) => p.catch(() => undefined);
  for (const c of await docker.listContainers({ all: true, filters })) {
    await quietly(docker.getContainer(c.Id).remove({ force: true }));
  }
  for (const image of await docker.listImages({ all: false, filters })) {
    await quietly(docker.getImage(image.Id).remove({ force: true }));
  }
  const { Volumes } = await docker.listVolumes({ filters });
  for (const v of Volumes ?? []) await quietly(docker.getVolume(v.Name).remove());
  for (const n of await docker.listNetworks({ filters })) {
    await quietly(docker.getNetwork(n.Id).remove());
  }
}

/** A labelled container of this run from `image`, created and optionally run to its end. */
export async function labelledContainer(
  labels: Record<string, string>,
  options: { image?: string; cmd?: string[]; start?: boolean; binds?: string[]; network?: string },
) {
  const name = testName("ctr");
  const container = await docker.createContainer({
    name,
    Image: options.image ?? BASE_IMAGE,
    Cmd: options.cmd ?? ["true"],
    Labels: labels,
    HostConfig: {
      ...(options.binds && { Binds: options.binds }),
      ...(options.network && { NetworkMode: options.network }),
    },
  });
  if (options.start) await container.start();
  return { id: container.id, name, container };
}
