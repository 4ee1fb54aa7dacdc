// The test registry (scripts/services.sh): Debian's docker-registry on 127.0.0.1:5055
// with one basic-auth user. Tests push images they own there and delete them after.
import fs from "node:fs/promises";
import path from "node:path";
import tar from "tar-stream";
import { docker, removeImageQuietly, testName } from "./docker";
import { BASE_IMAGE, RUN_DIR } from "./env";

export const REGISTRY = "127.0.0.1:5055";
export const REGISTRY_USER = "slipway-test";
export const REGISTRY_PASSWORD = "slipway-test-password";
/** A loopback port where nothing listens: a pull from it must fail clearly. */
export const CLOSED_REGISTRY = "127.0.0.1:5999";

const auth = { username: REGISTRY_USER, password: REGISTRY_PASSWORD, serveraddress: REGISTRY };
const pushed: Array<{ repository: string; digest: string }> = [];

function follow(stream: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    docker.modem.followProgress(
      stream,
      (error: Error | null, output: Array<{ error?: string }>) => {
        const failed = output?.find((m) => m.error);
        if (error || failed) reject(error ?? new Error(failed?.error));
        else resolve(JSON.stringify(output));
      },
    );
  });
}

/**
 * Builds a local image `tag` (labelled) with a layer of random bytes, so that pushing
 * or pulling it really moves a layer of `kib` KiB.
 */
export async function buildRandomLayerImage(tag: string, kib = 512): Promise<void> {
  const pack = tar.pack();
  pack.entry(
    { name: "Dockerfile" },
    `FROM ${BASE_IMAGE}\nLABEL slipway-test=1\n` +
      `RUN dd if=/dev/urandom of=/blob bs=1024 count=${kib} 2>/dev/null\n`,
  );
  pack.finalize();
  const build = docker.buildImage(pack as unknown as NodeJS.ReadableStream, { t: tag, rm: true });
  await follow(await build);
}

/**
 * Builds a small image with a layer of random bytes (so that pulling it back really
 * downloads a layer), pushes it to the test registry, and removes it locally.
 * Returns the registry reference `127.0.0.1:5055/slipway-test-...:v1`.
 */
export async function pushFixtureImage(): Promise<string> {
  const name = testName("pull");
  const local = `${name}:v1`;
  const reference = `${REGISTRY}/${name}:v1`;
  await buildRandomLayerImage(local);
  await docker.getImage(local).tag({ repo: `${REGISTRY}/${name}`, tag: "v1" });
  const output = await follow(await docker.getImage(reference).push({ authconfig: auth }));
  const digest = /"Digest":"(sha256:[0-9a-f]{64})"/.exec(output)?.[1];
  if (digest) pushed.push({ repository: name, digest });
  await removeImageQuietly(reference);
  await removeImageQuietly(local);
  return reference;
}

/** Deletes the manifests this process pushed (the registry's storage is a temp dir). */
export async function deletePushedImages(): Promise<void> {
  const basic = Buffer.from(`${REGISTRY_USER}:${REGISTRY_PASSWORD}`).toString("base64");
  for (const { repository, digest } of pushed.splice(0)) {
    await fetch(`http://${REGISTRY}/v2/${repository}/manifests/${digest}`, {
      method: "DELETE",
      headers: { Authorization: `Basic ${basic}` },
    }).catch(() => undefined);
  }
}

/**
 * Credentials that were right when saved and are wrong now (the registry's password
 * changed since): Slipway refuses to save wrong ones, so the test writes the saved
 * file as it would then be. Keeps the file's mode (0600) and the other servers.
 */
export async function makeSavedPasswordStale(password: string): Promise<void> {
  const file = path.join(RUN_DIR, "data", "registries.json");
  const saved = JSON.parse(await fs.readFile(file, "utf8")) as {
    registries: Array<{ server: string; username: string; password: string }>;
  };
  const others = saved.registries.filter((r) => r.server !== REGISTRY);
  const stale = { server: REGISTRY, username: REGISTRY_USER, password };
  await fs.writeFile(file, JSON.stringify({ registries: [...others, stale] }), { mode: 0o600 });
}
