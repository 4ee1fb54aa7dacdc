import type Docker from "dockerode";
import { type EngineHistoryEntry, toHistorySteps } from "@/lib/images/history";
import { imageDigests, imageTags, shortImageId } from "@/lib/images/list-mapper";
import type {
  ImageConfigView,
  ImageContainer,
  ImageDetails,
  ImageEnvVariable,
} from "@/lib/images/types";

// Engine image inspect + history -> the image page. Pure; the calls live in inspect.ts.

/** `KEY=value` lines split at the first "=" (a value may hold more). */
export function toEnvVariables(env: readonly string[] | null | undefined): ImageEnvVariable[] {
  return (env ?? []).map((line) => {
    const eq = line.indexOf("=");
    return eq < 0
      ? { name: line, value: "" }
      : { name: line.slice(0, eq), value: line.slice(eq + 1) };
  });
}

/** The engine writes a shell-form entrypoint or command as one string in older images. */
function toArgv(value: string | string[] | null | undefined): string[] | null {
  if (value === null || value === undefined) return null;
  return typeof value === "string" ? [value] : value;
}

export function toImageConfig(config: Docker.ImageInspectInfo["Config"] | null): ImageConfigView {
  return {
    exposedPorts: Object.keys(config?.ExposedPorts ?? {}).sort(),
    env: toEnvVariables(config?.Env),
    entrypoint: toArgv(config?.Entrypoint),
    cmd: toArgv(config?.Cmd),
    workingDir: config?.WorkingDir || null,
    user: config?.User || null,
    labels: config?.Labels ?? {},
  };
}

export function toImageDetails(
  image: Docker.ImageInspectInfo,
  history: readonly EngineHistoryEntry[],
  containers: readonly ImageContainer[],
): ImageDetails {
  const tags = imageTags(image.RepoTags);
  const digests = imageDigests(image.RepoDigests);
  const layers = image.RootFS?.Layers ?? [];
  return {
    id: image.Id,
    shortId: shortImageId(image.Id),
    tags,
    digests,
    created: image.Created,
    size: image.Size,
    architecture: image.Variant ? `${image.Architecture}/${image.Variant}` : image.Architecture,
    os: image.Os,
    author: image.Author || null,
    dangling: tags.length === 0 && digests.length === 0,
    config: toImageConfig(image.Config ?? null),
    layers,
    history: toHistorySteps(history, layers),
    containers: [...containers],
  };
}
