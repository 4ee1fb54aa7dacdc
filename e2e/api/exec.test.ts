import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { cleanUpBuilds, testTag } from "../support/build";
import { freePort } from "../support/containers";
import { docker, removeTestResources, testLabels, testName } from "../support/docker";
import { BASE_IMAGE } from "../support/env";
import { api, apiJson, eventually } from "../support/http";
import { type RunningSlipway, startSlipway } from "../support/second-slipway";
import {
  buildImageWithoutShell,
  openTerminal as open,
  openSocketAt,
  processCommands,
  runningExecs,
  startSleeper,
  type TerminalClient,
} from "../support/terminal";

// The container terminal through Slipway's own server: the WebSocket's checks, a shell
// with a TTY that resizes, and the end of every process a session started.

let sleeper: string;
const clients: TerminalClient[] = [];

/** Every client is closed after its test, passed or failed: no session outlives it. */
async function openTerminal(...args: Parameters<typeof open>) {
  const client = await open(...args);
  clients.push(client);
  return client;
}

async function openTerminalAt(...args: Parameters<typeof openSocketAt>) {
  const client = await openSocketAt(...args);
  clients.push(client);
  return client;
}

async function openStreams(): Promise<number> {
  const { body } = await apiJson<{ streams: { open: number } }>("GET", "/api/health");
  return body.streams.open;
}

/** No process but the container's own `sleep`, and no exec the engine still runs. */
async function expectNothingLeft(id: string, own = ["sleep 600"]) {
  await eventually(async () => {
    expect(await processCommands(id)).toEqual(own);
    expect(await runningExecs(id)).toEqual([]);
  }, 10_000);
}

beforeAll(async () => {
  sleeper = (await startSleeper(testName("term"))).id;
});

afterEach(() => {
  for (const client of clients.splice(0)) client.terminate();
});

afterAll(async () => {
  await removeTestResources();
  await cleanUpBuilds();
});

describe("terminal upgrade checks", () => {
  it("refuses an upgrade from another origin, and starts nothing", async () => {
    const client = await openTerminal(sleeper, {}, { origin: "http://attacker.example" });
    expect(client.status).toBe(403);
    expect(JSON.parse(client.refusal).error.code).toBe("forbidden");
    expect((await docker.getContainer(sleeper).inspect()).ExecIDs ?? []).toEqual([]);
  });

  it("refuses an upgrade under a foreign Host header (DNS rebinding)", async () => {
    const client = await openTerminal(sleeper, {}, { host: "attacker.example", origin: "" });
    expect(client.status).toBe(403);
    expect(client.refusal).toContain("attacker.example");
  });

  it("refuses a command line with an unclosed quote before upgrading", async () => {
    const client = await openTerminal(sleeper, { cmd: "sh -c 'echo" });
    expect(client.status).toBe(400);
    expect(JSON.parse(client.refusal).error.message).toContain("unclosed ' quote");
  });

  it("answers an upgrade on a path nothing serves with 404, in bounded time", async () => {
    const started = Date.now();
    const client = await openTerminalAt("/no-such-socket");
    expect(client.status).toBe(404);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("explains the path to a plain GET", async () => {
    const response = await api(`/api/docker/containers/${sleeper}/exec/ws`);
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toContain("WebSocket");
  });
});

describe("terminal session", () => {
  it("runs the image's shell with TERM set and reads what it prints", async () => {
    const client = await openTerminal(sleeper, { cols: "90", rows: "20" });
    expect(client.status).toBe(101);
    client.type("echo slipway-$((6*7)) $TERM\n");
    await client.until((out) => out.includes("slipway-42 xterm-256color"), "echo output");
    // The base image has busybox sh and no bash: detection falls back to sh.
    expect(client.messages[0]).toMatchObject({ type: "started", command: ["sh"] });
    client.close();
    await expectNothingLeft(sleeper);
  });

  it("gives the TTY the window's size, and a new size on resize", async () => {
    const client = await openTerminal(sleeper, { cols: "90", rows: "20" });
    client.type("stty size\n");
    await client.until((out) => out.includes("20 90"), "first size");
    client.control({ type: "resize", cols: 132, rows: 41 });
    await new Promise((r) => setTimeout(r, 300));
    client.type("stty size\n");
    await client.until((out) => out.includes("41 132"), "size after resize");
    client.close();
    await expectNothingLeft(sleeper);
  });

  it("ends the shell and the jobs it started when the socket closes", async () => {
    const before = await openStreams();
    const client = await openTerminal(sleeper);
    client.type("sleep 1001 & sleep 1002\n");
    await eventually(async () => {
      const commands = await processCommands(sleeper);
      expect(commands).toEqual(expect.arrayContaining(["sleep 1001", "sleep 1002"]));
    });
    expect(await openStreams()).toBe(before + 1);
    client.close();
    await expectNothingLeft(sleeper);
    await eventually(async () => expect(await openStreams()).toBe(before));
  });

  it("ends the process when the browser vanishes without closing", async () => {
    const client = await openTerminal(sleeper, { cmd: "top -d 1" });
    await client.until((out) => out.includes("PID"), "top's screen");
    client.terminate();
    await expectNothingLeft(sleeper);
  });

  it("reports which processes it ended when the user ends the session", async () => {
    const client = await openTerminal(sleeper);
    client.type("sleep 1003 &\n");
    await eventually(async () => expect(await processCommands(sleeper)).toContain("sleep 1003"));
    client.control({ type: "end" });
    expect(await client.closed).toEqual({ code: 1000, reason: "ended by the user" });
    const report = client.messages.find((m) => m.type === "ended")?.report as { ended: number[] };
    expect(report).toMatchObject({ method: "kill", survivors: [], leftRunning: false });
    expect(report.ended).toHaveLength(2);
    await expectNothingLeft(sleeper);
  });

  it("closes with the exit code when the process exits", async () => {
    const client = await openTerminal(sleeper);
    client.type("exit 3\n");
    expect(await client.closed).toEqual({ code: 1000, reason: "the process exited with code 3" });
    expect(client.messages).toContainEqual({ type: "exit", exitCode: 3 });
  });
});

describe("terminal failures", () => {
  it("says a stopped container is not running", async () => {
    const stopped = await docker.createContainer({
      name: testName("term-stopped"),
      Image: BASE_IMAGE,
      Cmd: ["sleep", "600"],
      Labels: testLabels,
    });
    const client = await openTerminal(stopped.id);
    const closed = await client.closed;
    expect(closed.code).toBe(4409);
    expect(closed.reason).toContain("is not running");
  });

  it("says a container does not exist", async () => {
    const client = await openTerminal("slipway-test-no-such-container");
    expect((await client.closed).code).toBe(4404);
    expect(client.messages[0]).toMatchObject({ type: "failure", code: "not_found" });
  });

  it("says a command is not in the image", async () => {
    const client = await openTerminal(sleeper, { cmd: "no-such-program --help" });
    const closed = await client.closed;
    expect(closed.code).toBe(4400);
    expect(closed.reason).toBe(
      'The command "no-such-program" is not in this container (not found in its PATH).',
    );
    await expectNothingLeft(sleeper);
  });
});

describe("an image without a shell or kill", () => {
  let bare: string;

  beforeAll(async () => {
    const tag = testTag("no-shell");
    await buildImageWithoutShell(tag);
    bare = (await startSleeper(testName("term-bare"), tag, ["/bin/busybox", "sleep", "600"])).id;
  });

  it("asks for a command when no shell can be found", async () => {
    const client = await openTerminal(bare);
    expect((await client.closed).code).toBe(4400);
    expect(client.messages[0]).toEqual({
      type: "failure",
      code: "invalid_input",
      message:
        "This image has no shell (tried bash and sh): give a command to run, " +
        "such as the path of a program in the image.",
    });
    expect(await processCommands(bare)).toEqual(["/bin/busybox sleep 600"]);
  });

  it("runs a given command, says the image has no kill, and still ends it", async () => {
    const client = await openTerminal(bare, { cmd: "/bin/busybox sh" });
    client.type("echo slipway-$((6*7))\n");
    await client.until((out) => out.includes("slipway-42"), "echo output");
    expect(client.messages).toContainEqual({
      type: "notice",
      message:
        "This image has no `kill` command: Slipway ends the terminal's processes from the host.",
    });
    client.control({ type: "end" });
    await client.closed;
    const ended = client.messages.find((m) => m.type === "ended");
    expect(ended?.report).toMatchObject({ method: "host", leftRunning: false });
    await expectNothingLeft(bare, ["/bin/busybox sleep 600"]);
  });
});

describe("with a token", () => {
  const token = "slipway-test-token-for-the-terminal";
  let second: RunningSlipway;

  beforeAll(async () => {
    second = await startSlipway(await freePort(), { SLIPWAY_TOKEN: token });
  });

  afterAll(async () => {
    await second?.stop();
  });

  it("refuses every upgrade without the token, the terminal's and others", async () => {
    for (const client of [
      await openTerminal(sleeper, {}, { base: second.url }),
      await openTerminalAt("/_next/hmr", { base: second.url }),
    ]) {
      expect(client.status).toBe(401);
      expect(JSON.parse(client.refusal).error.code).toBe("unauthorized");
    }
  });

  it("opens the terminal with the token as a bearer", async () => {
    const authorization = `Bearer ${token}`;
    const client = await openTerminal(sleeper, {}, { base: second.url, authorization });
    expect(client.status).toBe(101);
    client.type("echo slipway-$((6*7))\n");
    await client.until((out) => out.includes("slipway-42"), "echo output");
    client.close();
    await expectNothingLeft(sleeper);
  });
});
