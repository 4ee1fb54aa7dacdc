import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docker } from "../support/docker";
import { apiJson } from "../support/http";
import {
  danglingImages,
  labelledContainer,
  removeRunResources,
  runLabels,
} from "../support/resources";

// Prune through the HTTP API against the real engine. Every request carries the label
// filter of this run, so a prune here can only reach what this file made.

interface Item {
  kind: string;
  id: string;
  name: string;
  size: number;
  note?: string;
}
interface Plan {
  planId: string;
  items: Item[];
  total: { count: number; size: number };
  notes: string[];
}
interface Result {
  planId: string;
  removed: Item[];
  skipped: Array<Item & { reason: string }>;
  spaceFreed: number;
}
interface Failure {
  error: { code: string; message: string };
}

const { run, labels, filter } = runLabels("prune");
// The containers test has labels of its own: the image tests leave stopped users behind.
const other = runLabels("prune-ctr");
const PRUNE = "/api/docker/system/prune";

const preview = (body: Record<string, unknown>) =>
  apiJson<Plan>("POST", PRUNE, { preview: true, labels: [filter], ...body });
const runPlan = (planId: string) => apiJson<Result>("POST", PRUNE, { preview: false, planId });
const ids = (items: readonly Item[]) => items.map((i) => i.id).sort();
const exists = (promise: Promise<unknown>) =>
  promise.then(
    () => true,
    (error: { statusCode?: number }) => {
      if (error.statusCode === 404) return false;
      throw error;
    },
  );

let dangling: string[] = [];

beforeAll(async () => {
  ({ dangling } = await danglingImages(run, 4));
});

afterAll(async () => {
  await removeRunResources(run);
  await removeRunResources(other.run);
});

describe("dangling images", () => {
  it("keeps an image a stopped container uses out of the preview", async () => {
    const [used] = dangling;
    const user = await labelledContainer(labels, { image: used, start: true });
    await user.container.wait();

    const { status, body } = await preview({ kinds: ["images"] });

    expect(status).toBe(200);
    expect(ids(body.items)).toEqual([dangling[1], dangling[2], dangling[3]].sort());
    expect(body.items.every((i) => i.kind === "images" && i.name.startsWith("<none>"))).toBe(true);
  });

  it("removes exactly what the preview listed, freeing the total it showed", async () => {
    const before = await preview({ kinds: ["images"] });
    const planned = before.body.items.filter((i) => i.id !== dangling[3]);
    // dangling[3] gets a user between preview and run: the run must skip it.
    const late = await labelledContainer(labels, { image: dangling[3] });

    const { status, body } = await runPlan(before.body.planId);

    expect(status).toBe(200);
    expect(ids(body.removed)).toEqual(ids(planned));
    expect(body.spaceFreed).toBe(planned.reduce((sum, i) => sum + i.size, 0));
    expect(body.skipped.map((s) => s.id)).toEqual([dangling[3]]);
    expect(body.skipped[0]?.reason).toContain(late.name);
    for (const item of planned)
      expect(await exists(docker.getImage(item.id).inspect())).toBe(false);
    expect(await exists(docker.getImage(dangling[0] ?? "").inspect())).toBe(true);
    expect(await exists(docker.getImage(dangling[3] ?? "").inspect())).toBe(true);
  });

  it("runs a preview once only", async () => {
    const { body: plan } = await preview({ kinds: ["images"] });
    await runPlan(plan.planId);

    const again = await apiJson<Failure>("POST", PRUNE, { preview: false, planId: plan.planId });
    expect(again.status).toBe(404);
    expect(again.body.error.message).toContain("preview again");
  });
});

describe("containers, volumes and networks", () => {
  it("previews stopped containers and their unused volume and network; removes those", async () => {
    const newVolume = async (suffix: string) =>
      (await docker.createVolume({ Name: `${other.run}-${suffix}`, Labels: other.labels })).name;
    const volume = await newVolume("vol");
    const kept = await newVolume("kept");
    const network = await docker.createNetwork({ Name: `${other.run}-net`, Labels: other.labels });
    const stopped = await labelledContainer(other.labels, {
      binds: [`${volume}:/data`],
      network: `${other.run}-net`,
    });
    const running = await labelledContainer(other.labels, {
      cmd: ["sleep", "60"],
      binds: [`${kept}:/data`],
      start: true,
    });

    const kinds = ["containers", "volumes", "networks"];
    const { body: plan } = await preview({ kinds, dangling: false, labels: [other.filter] });

    expect(plan.items.map((i) => [i.kind, i.id])).toEqual([
      ["containers", stopped.id],
      ["volumes", volume],
      ["networks", network.id],
    ]);
    expect(plan.items[1]?.note).toContain(stopped.name);

    const { body: result } = await runPlan(plan.planId);
    expect(result.removed).toEqual(plan.items);
    expect(result.spaceFreed).toBe(plan.total.size);
    expect(result.skipped).toEqual([]);
    expect(await exists(docker.getContainer(running.id).inspect())).toBe(true);
    expect(await exists(docker.getVolume(kept).inspect())).toBe(true);
    expect(await exists(docker.getVolume(volume).inspect())).toBe(false);
  });
});

describe("requests", () => {
  it("refuses a prune without kinds", async () => {
    const { status, body } = await apiJson<Failure>("POST", PRUNE, { preview: true, kinds: [] });
    expect(status).toBe(400);
    expect(body.error.message).toContain("choose at least one kind");
  });

  it("refuses a run whose filters differ from its preview's", async () => {
    const { body: plan } = await preview({ kinds: ["images"] });
    const { status } = await apiJson<Failure>("POST", PRUNE, {
      preview: false,
      planId: plan.planId,
      kinds: ["images"],
      labels: [filter, "another=label"],
    });
    expect(status).toBe(400);
  });

  it("refuses a label filter with spaces in its key", async () => {
    const { status } = await preview({ kinds: ["images"], labels: ["bad key=1"] });
    expect(status).toBe(400);
  });
});
