import { parseImageReference } from "@/lib/images/reference";
import { checkFirstDeployForm } from "@/lib/ship/first-deploy";
import { type ShipRequest, shipRequest } from "@/lib/ship/schemas";

// The Ship page's form as plain values, the request it sends, and its problems by
// field as the server would name them. Pure: unit-tested without a browser.

export interface ShipFormState {
  source: "folder" | "image";
  folder: string;
  image: string;
  repository: string;
  tag: string;
  /** Ship to a service that exists, or create it (the tutorial's first deploy). */
  target: "existing" | "first";
  cluster: string;
  service: string;
  app: string;
  containerPort: string;
  cpu: number;
  memory: number;
  memoryReservation: string;
  executionRoleArn: string;
  desiredCount: string;
}

export const EMPTY_SHIP_FORM: ShipFormState = {
  source: "folder",
  folder: "",
  image: "",
  repository: "",
  tag: "latest",
  target: "existing",
  cluster: "",
  service: "",
  app: "",
  containerPort: "",
  cpu: 256,
  memory: 512,
  memoryReservation: "",
  executionRoleArn: "",
  desiredCount: "1",
};

/** Repository and tag a local image suggests: `team/app:v2` -> `team/app`, `v2`. */
export function suggestFromImage(image: string): Pick<ShipFormState, "repository" | "tag"> {
  const ref = parseImageReference(image.trim());
  return { repository: ref.path.toLowerCase(), tag: ref.explicitTag ? ref.tag : "latest" };
}

/** The repository a folder suggests: its own name, as ECR spells names. */
export function suggestFromFolder(folder: string): string {
  const name = folder.replace(/\/+$/, "").split("/").pop() ?? "";
  return name
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, "");
}

const number = (text: string) => (text.trim() === "" ? undefined : Number(text));

/** The body of `POST /api/ship` for these values (unchecked). */
export function shipBody(state: ShipFormState): Record<string, unknown> {
  const body: Record<string, unknown> = {
    source: state.source === "folder" ? { folder: state.folder.trim() } : { image: state.image },
    repository: state.repository.trim(),
    tag: state.tag.trim(),
    cluster: state.cluster.trim(),
    service: state.service.trim(),
  };
  if (state.app.trim()) body.app = state.app.trim();
  if (state.target === "first") {
    body.create = {
      containerPort: number(state.containerPort),
      cpu: state.cpu,
      memory: state.memory,
      memoryReservation: number(state.memoryReservation),
      executionRoleArn: state.executionRoleArn.trim(),
      desiredCount: number(state.desiredCount),
    };
  }
  return body;
}

/** What is wrong, by field (`source`, `repository`, `create.memory`...): the first of each. */
export function shipProblems(state: ShipFormState): Record<string, string> {
  const problems: Record<string, string> = {};
  const parsed = shipRequest.safeParse(shipBody(state));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String);
      const field = path[0] === "create" || path[0] === "source" ? path.join(".") : path[0];
      problems[field ?? "form"] ??= issue.message;
    }
    return problems;
  }
  const request: ShipRequest = parsed.data;
  if (request.create) {
    const form = checkFirstDeployForm(request, `${request.repository}:${request.tag}`);
    for (const issue of form.success ? [] : form.error.issues) {
      problems[`create.${String(issue.path[0] ?? "form")}`] ??= issue.message;
    }
  }
  return problems;
}
