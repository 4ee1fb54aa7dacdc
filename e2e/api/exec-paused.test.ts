import type Docker from "dockerode";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { removeTestResources, testName } from "../support/docker";
import { apiJson, eventually } from "../support/http";
import {
  openTerminal,
  processCommands,
  runningExecs,
  startSleeper,
  type TerminalClient,
} from "../support/terminal";

// A terminal closed while its container is paused: no exec runs in a frozen
// container, so Slipway ends the terminal's processes at the container's unpause.

let container: Docker.Container;
let client: TerminalClient | undefined;

/** A shell in a fresh container with a background and a foreground `sleep`. */
async function shellWithJobs(): Promise<TerminalClient> {
  const opened = await openTerminal(container.id);
  opened.type("sleep 1101 & sleep 1102\n");
  await eventually(async () => {
    const commands = await processCommands(container.id);
    expect(commands).toEqual(expect.arrayContaining(["sleep 1101", "sleep 1102"]));
  });
  return opened;
}

async function openStreams(): Promise<number> {
  const { body } = await apiJson<{ streams: { open: number } }>("GET", "/api/health");
  return body.streams.open;
}

beforeEach(async () => {
  container = await startSleeper(testName("term-paused"));
});

afterEach(() => {
  client?.terminate();
  client = undefined;
});

afterAll(async () => {
  await removeTestResources();
});

describe("a terminal closed while its container is paused", () => {
  it("leaves no process once the container is unpaused", async () => {
    client = await shellWithJobs();
    await container.pause();
    client.close();
    await client.closed;
    // Frozen: nothing could end them yet.
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await processCommands(container.id)).toContain("sleep 1101");

    await container.unpause();
    await eventually(async () => {
      expect(await processCommands(container.id)).toEqual(["sleep 600"]);
      expect(await runningExecs(container.id)).toEqual([]);
    }, 15_000);
  });

  it("tells a user who ends it that the processes end at the unpause", async () => {
    client = await shellWithJobs();
    await container.pause();
    client.control({ type: "end" });
    expect(await client.closed).toEqual({ code: 1000, reason: "ended by the user" });
    const report = client.messages.find((m) => m.type === "ended")?.report;
    expect(report).toMatchObject({ awaitingUnpause: true, leftRunning: true, ended: [] });
    expect((report as { message: string }).message).toMatch(
      /^The container is paused: processes \d+, \d+, \d+ keep running until it is unpaused, and Slipway ends them then\.$/,
    );

    await container.unpause();
    await eventually(async () => {
      expect(await processCommands(container.id)).toEqual(["sleep 600"]);
    }, 15_000);
  });

  it("waits on one engine stream, and stops when the container is removed", async () => {
    const before = await openStreams();
    client = await shellWithJobs();
    await container.pause();
    client.close();
    await client.closed;
    // The session's stream is gone; the wait for the unpause holds one.
    await eventually(async () => expect(await openStreams()).toBe(before + 1));
    await container.remove({ force: true });
    await eventually(async () => expect(await openStreams()).toBe(before), 10_000);
  });
});
