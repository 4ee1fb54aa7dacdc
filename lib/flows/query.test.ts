import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { conflict } from "@/lib/errors";

const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "slipway-flow-events-"));
process.env.SLIPWAY_DATA_DIR = dataDir;
const { startFlow } = await import("./runner");
const { flowEvents } = await import("./query");

afterAll(() => fs.rm(dataDir, { recursive: true, force: true, maxRetries: 5 }));

async function eventsOf(id: string): Promise<Array<{ event: string; data: unknown }>> {
  const response = await flowEvents(new Request("http://127.0.0.1/api/flows/x/events"), id);
  const text = await response.text();
  return text
    .split("\n\n")
    .filter((block) => block.includes("data:"))
    .map((block) => ({
      event: /^event: (.+)$/m.exec(block)?.[1] ?? "message",
      data: JSON.parse(/^data: (.+)$/m.exec(block)?.[1] ?? "null"),
    }));
}

describe("flow events", () => {
  it("streams snapshots until the flow succeeds, then one `end`", async () => {
    const flow = startFlow({
      kind: "ship",
      subject: {},
      input: {},
      steps: [{ id: "a", title: "A", run: async () => new Promise((r) => setTimeout(r, 30)) }],
    });
    const events = await eventsOf(flow.id);
    const last = events.at(-1);
    expect(last).toEqual({ event: "end", data: { state: "succeeded" } });
    expect(events.filter((e) => e.event === "end")).toHaveLength(1);
    expect(events.at(-2)?.data).toMatchObject({ id: flow.id, state: "succeeded" });
  });

  it("ends with `failure` naming the failed step", async () => {
    const flow = startFlow({
      kind: "cleanup",
      subject: {},
      input: {},
      steps: [
        {
          id: "repository",
          title: "Delete repository",
          run: async () => {
            throw conflict("RepositoryNotEmptyException: still holds images");
          },
        },
      ],
    });
    const events = await eventsOf(flow.id);
    expect(events.at(-1)).toEqual({
      event: "failure",
      data: {
        code: "conflict",
        message: "RepositoryNotEmptyException: still holds images",
        step: "repository",
      },
    });
    expect(events.some((e) => e.event === "end")).toBe(false);
  });

  it("answers not_found for an unknown flow before any stream starts", async () => {
    await expect(eventsOf("no-such-flow")).rejects.toMatchObject({ code: "not_found" });
  });
});
