// What the UI gets about images. Engine types stay in the mappers (list-mapper.ts,
// details-mapper.ts); nothing here depends on dockerode.

export interface ImageContainer {
  id: string;
  name: string;
  /** The engine's state: running, paused, restarting, exited, created, dead... */
  state: string;
}

export interface ImageSummary {
  id: string;
  shortId: string;
  /** repository:tag names; the engine's `<none>:<none>` is left out. */
  tags: string[];
  /** repository@digest names, present once an image was pulled or pushed. */
  digests: string[];
  /** Bytes. */
  size: number;
  /** ISO 8601. */
  created: string;
  /** No tag and no digest names this image. */
  dangling: boolean;
  containers: ImageContainer[];
  labels: Record<string, string>;
}

export interface ImageEnvVariable {
  name: string;
  value: string;
}

export interface ImageConfigView {
  /** `80/tcp` style keys. */
  exposedPorts: string[];
  env: ImageEnvVariable[];
  entrypoint: string[] | null;
  cmd: string[] | null;
  workingDir: string | null;
  user: string | null;
  labels: Record<string, string>;
}

export interface ImageHistoryStep {
  /** The image id of the step, or null where the engine says `<missing>`. */
  id: string | null;
  created: string;
  createdBy: string;
  /** The Dockerfile instruction when recognisable (RUN, COPY, ENV...), else null. */
  instruction: string | null;
  size: number;
  /** True when the step only changed metadata and made no filesystem layer. */
  emptyLayer: boolean;
  /** The layer (diff id) the step made, when steps and layers could be matched up. */
  layer: string | null;
  comment: string;
  tags: string[];
}

export interface ImageDetails {
  id: string;
  shortId: string;
  tags: string[];
  digests: string[];
  created: string;
  size: number;
  architecture: string;
  os: string;
  author: string | null;
  dangling: boolean;
  config: ImageConfigView;
  /** Layer diff ids, base first. */
  layers: string[];
  /** Build steps, newest first (as `docker history`). */
  history: ImageHistoryStep[];
  containers: ImageContainer[];
}

export interface ImageTagResult {
  id: string;
  /** The new name, written out in full: `localhost:5000/team/app:v1`. */
  tag: string;
}

export interface ImageRemoval {
  /** The reference the caller named. */
  ref: string;
  id: string;
  untagged: string[];
  deleted: string[];
  /** False when only a tag went and the image stays under its other names. */
  imageRemoved: boolean;
}
