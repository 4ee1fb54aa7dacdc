import "server-only";
import type { RunDefaults } from "@/lib/containers/types";
import { getDocker } from "@/lib/docker/client";
import { notFound } from "@/lib/errors";

interface RawImageInspect {
  Id: string;
  Config?: {
    ExposedPorts?: Record<string, unknown> | null;
    Env?: string[] | null;
    Cmd?: string[] | null;
    Entrypoint?: string[] | null;
    WorkingDir?: string;
  } | null;
}

/** The image's inspect document; an image missing from this engine is not_found. */
export async function inspectImageOrThrow(ref: string): Promise<RawImageInspect> {
  try {
    return (await getDocker().getImage(ref).inspect()) as RawImageInspect;
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) {
      throw notFound(`Image "${ref}" is not on this engine: pull or build it first`);
    }
    throw error;
  }
}

/** What the run dialog offers for an image: its exposed ports, env names and command. */
export async function getRunDefaults(image: string): Promise<RunDefaults> {
  const raw = await inspectImageOrThrow(image);
  const config = raw.Config ?? {};
  return {
    image,
    imageId: raw.Id,
    exposedPorts: Object.keys(config.ExposedPorts ?? {}).sort(byPortNumber),
    envNames: (config.Env ?? []).map((line) => line.split("=", 1)[0] ?? line),
    cmd: config.Cmd ?? [],
    entrypoint: config.Entrypoint ?? [],
    workingDir: config.WorkingDir ? config.WorkingDir : null,
  };
}

const byPortNumber = (a: string, b: string) => Number.parseInt(a, 10) - Number.parseInt(b, 10);
