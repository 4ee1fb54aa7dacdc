import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { conflict } from "@/lib/errors";

const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "slipway-flows-"));
process.env.SLIPWAY_DATA_DIR = dataDir;
const { cancelFlow, retryFlow, startFlow } = await import("./runner");
const { getFlowOrThrow, listFlows } = await import("./query");

type Globals = typeof globalThis & { __slipwayFlows?: unknown };
const forgetLoadedFlows = () => delete (globalThis as Globals).__slipwayFlows;

async function settled(id: string) {
  for (let i = 0; i < 200; i++) {
    const flow = await getFlowOrThrow(id);
    if (flow.state !== "running") return flow;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`flow ${id} still running`);
}

const step = (id: string, run: () => Promise<void> = async () => {}) => ({ id, title: id, run });

beforeEach(() => forgetLoadedFlows());
afterAll(() => fs.rm(dataDir, { recursive: true, force: true, maxRetries: 5 }));

describe("flows", () => {
  it("runs steps in order and shares values through the result", async () => {
    const flow = startFlow({
      kind: "ship",
      subject: { service: "web" },
      input: {},
      steps: [
        { id: "push", title: "Push", run: async (ctx) => ctx.setResult({ digest: "sha256:1" }) },
        {
          id: "register",
          title: "Register",
          run: async (ctx) => ctx.log(`pinned to ${String(ctx.flow.result.digest)}`),
        },
      ],
    });
    const done = await settled(flow.id);
    expect(done.state).toBe("succeeded");
    expect(done.steps.map((s) => s.state)).toEqual(["succeeded", "succeeded"]);
    expect(done.steps[1]?.output).toEqual(["pinned to sha256:1"]);
  });

  it("stops at the failing step, keeps the rest pending, and names the step", async () => {
    const flow = startFlow({
      kind: "cleanup",
      subject: {},
      input: {},
      steps: [
        step("a"),
        step("b", async () => {
          throw conflict("RepositoryNotEmptyException: the repository still holds images");
        }),
        step("c"),
      ],
    });
    const done = await settled(flow.id);
    expect(done.state).toBe("failed");
    expect(done.failure).toMatchObject({ code: "conflict", step: "b" });
    expect(done.steps.map((s) => s.state)).toEqual(["succeeded", "failed", "pending"]);
  });

  it("retries from the failed step without running finished steps again", async () => {
    const runs: string[] = [];
    let fail = true;
    const steps = [
      step("a", async () => void runs.push("a")),
      step("b", async () => {
        runs.push("b");
        if (fail) throw conflict("not yet");
      }),
      step("c", async () => void runs.push("c")),
    ];
    const flow = startFlow({ kind: "cleanup", subject: {}, input: {}, steps });
    await settled(flow.id);
    fail = false;
    await retryFlow(flow.id, steps);
    const done = await settled(flow.id);
    expect(done.state).toBe("succeeded");
    expect(done.attempts).toBe(2);
    expect(runs).toEqual(["a", "b", "b", "c"]);
  });

  it("refuses to retry a flow that succeeded", async () => {
    const flow = startFlow({ kind: "ship", subject: {}, input: {}, steps: [step("a")] });
    await settled(flow.id);
    await expect(retryFlow(flow.id, [step("a")])).rejects.toMatchObject({ code: "conflict" });
  });

  it("cancels the running step and leaves the rest pending", async () => {
    const flow = startFlow({
      kind: "ship",
      subject: {},
      input: {},
      steps: [
        {
          id: "wait",
          title: "Wait",
          run: (ctx) => new Promise((_, reject) => ctx.signal.addEventListener("abort", reject)),
        },
        step("after"),
      ],
    });
    await new Promise((r) => setTimeout(r, 10));
    await cancelFlow(flow.id);
    const done = await settled(flow.id);
    expect(done.state).toBe("cancelled");
    expect(done.failure).toMatchObject({ code: "cancelled", step: "wait" });
    expect(done.steps.map((s) => s.state)).toEqual(["interrupted", "pending"]);
  });

  it("marks a flow that was running when the server stopped as interrupted", async () => {
    const flow = startFlow({
      kind: "ship",
      subject: { service: "restarted" },
      input: {},
      steps: [step("forever", () => new Promise(() => {}))],
    });
    await new Promise((r) => setTimeout(r, 50));
    forgetLoadedFlows();

    const [reloaded] = await listFlows({ subject: { service: "restarted" } });
    expect(reloaded?.id).toBe(flow.id);
    expect(reloaded?.state).toBe("interrupted");
    expect(reloaded?.steps[0]?.state).toBe("interrupted");
    expect(reloaded?.failure?.step).toBe("forever");
  });

  it("lists by kind and subject, newest first", async () => {
    const first = startFlow({ kind: "ship", subject: { service: "s1" }, input: {}, steps: [] });
    await new Promise((r) => setTimeout(r, 5));
    const second = startFlow({
      kind: "rollback",
      subject: { service: "s1" },
      input: {},
      steps: [],
    });
    startFlow({ kind: "ship", subject: { service: "other" }, input: {}, steps: [] });
    const listed = await listFlows({ kind: ["ship", "rollback"], subject: { service: "s1" } });
    expect(listed.map((f) => f.id)).toEqual([second.id, first.id]);
  });
});
