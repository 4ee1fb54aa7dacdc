import { afterAll, describe, expect, it } from "vitest";
import { docker, startScriptContainer, testName } from "../support/docker";
import { api, apiJson, eventually, type SseEvent } from "../support/http";
import { openSse } from "../support/sse";

interface Line {
  stream: "stdout" | "stderr";
  time?: string;
  text: string;
}

const RFC3339_NANO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z$/;
const created: string[] = [];

async function start(script: string, options: { tty?: boolean } = {}) {
  const started = await startScriptContainer(script, { ...options, name: testName("logs") });
  created.push(started.id);
  return started;
}

const logsPath = (id: string, query = "") => `/api/docker/containers/${id}/logs${query}`;

/** Reads the log as JSON once it holds `count` lines. */
async function linesOnce(id: string, count: number, query = "") {
  return eventually(async () => {
    const { status, body } = await apiJson<Line[]>("GET", logsPath(id, query));
    expect(status).toBe(200);
    expect(body.length).toBeGreaterThanOrEqual(count);
    return body;
  });
}

const texts = (events: SseEvent[]) =>
  events.filter((e) => e.event === "message").map((e) => (e.data as Line).text);
const statuses = (events: SseEvent[]) =>
  events.filter((e) => e.event === "status").map((e) => (e.data as { state: string }).state);

async function openStreams(): Promise<number> {
  const { body } = await apiJson<{ streams: { open: number } }>("GET", "/api/health");
  return body.streams.open;
}

afterAll(async () => {
  for (const id of created) {
    await docker
      .getContainer(id)
      .remove({ force: true })
      .catch(() => undefined);
  }
});

describe("container logs as JSON", () => {
  it("tells stdout from stderr in a container without a TTY", async () => {
    // The engine reads stdout and stderr from two pipes: only time orders them.
    const { id } = await start(
      "echo out one; sleep 0.3; echo err one >&2; sleep 0.3; echo out two; sleep 600",
    );
    const lines = await linesOnce(id, 3);
    expect(lines).toEqual([
      { stream: "stdout", text: "out one" },
      { stream: "stderr", text: "err one" },
      { stream: "stdout", text: "out two" },
    ]);
  });

  it("passes a TTY container's text through, colour codes and all", async () => {
    const { id } = await start("printf 'hello world\\n\\033[31mred\\033[0m\\n'; sleep 600", {
      tty: true,
    });
    const lines = await linesOnce(id, 2);
    expect(lines).toEqual([
      { stream: "stdout", text: "hello world" },
      { stream: "stdout", text: "\u001b[31mred\u001b[0m" },
    ]);
  });

  it("gives the last N lines with tail, stamped with timestamps=true", async () => {
    const { id } = await start("for i in $(seq 1 50); do echo line $i; done; sleep 600");
    await linesOnce(id, 50, "?tail=100");
    const { body } = await apiJson<Line[]>("GET", logsPath(id, "?tail=3&timestamps=true"));
    expect(body.map((l) => l.text)).toEqual(["line 48", "line 49", "line 50"]);
    for (const line of body) expect(line.time).toMatch(RFC3339_NANO);
  });

  it("answers 1,000 lines by default", async () => {
    const { id } = await start("seq 1 1500; sleep 600");
    const lines = await linesOnce(id, 1000);
    expect(lines).toHaveLength(1000);
    expect(lines[0]?.text).toBe("501");
  });

  it("keeps a 20 KB line whole, with timestamps too", async () => {
    const { id } = await start("head -c 20000 /dev/zero | tr '\\0' a; echo; echo after; sleep 600");
    const lines = await linesOnce(id, 2, "?timestamps=true");
    expect(lines.map((l) => l.text)).toEqual(["a".repeat(20000), "after"]);
  });

  it("gives only the lines since a time", async () => {
    const { id } = await start("echo early; sleep 2; echo late; sleep 600");
    const stamped = await linesOnce(id, 2, "?timestamps=true");
    const since = encodeURIComponent(stamped[1]?.time ?? "");
    const { body } = await apiJson<Line[]>("GET", logsPath(id, `?since=${since}`));
    expect(body).toEqual([{ stream: "stdout", text: "late" }]);
  });

  it("refuses a tail above the maximum and a since it cannot read", async () => {
    const { id } = await start("sleep 600");
    for (const query of ["?tail=100001", "?tail=-1", "?since=yesterday", "?follow=yes"]) {
      const { status, body } = await apiJson<{ error: { code: string } }>(
        "GET",
        logsPath(id, query),
      );
      expect(status, query).toBe(400);
      expect(body.error.code).toBe("invalid_input");
    }
  });

  it("answers 404 with the error shape for an unknown container", async () => {
    for (const path of [
      logsPath("slipway-test-no-such-container"),
      logsPath("slipway-test-no-such-container", "?follow=true"),
      `${logsPath("slipway-test-no-such-container")}/download`,
    ]) {
      const { status, body } = await apiJson<{ error: { code: string; message: string } }>(
        "GET",
        path,
      );
      expect(status, path).toBe(404);
      expect(body.error.code).toBe("not_found");
      expect(body.error.message).toMatch(/no such container/i);
    }
  });
});

describe("following a container's log", () => {
  it("receives lines as they are written", async () => {
    const { id, container } = await start(
      "echo ready; while [ ! -f /tmp/go ]; do sleep 0.1; done; echo written later; sleep 600",
    );
    await linesOnce(id, 1);
    const follow = await openSse(logsPath(id, "?follow=true&timestamps=true"));
    try {
      expect(follow.status).toBe(200);
      await follow.until((events) => texts(events).includes("ready"));
      expect(texts(follow.events)).not.toContain("written later");
      const exec = await container.exec({ Cmd: ["touch", "/tmp/go"] });
      await exec.start({});
      await follow.until((events) => texts(events).includes("written later"));
      const line = follow.events.find((e) => (e.data as Line).text === "written later");
      expect((line?.data as Line | undefined)?.time).toMatch(RFC3339_NANO);
    } finally {
      follow.close();
    }
  });

  it("closes the engine stream when the client goes away", async () => {
    const { id } = await start("while true; do echo tick; sleep 0.2; done");
    const before = await openStreams();
    const follow = await openSse(logsPath(id, "?follow=true&tail=1"));
    await follow.until((events) => texts(events).length >= 2);
    expect(await openStreams()).toBeGreaterThan(before);
    follow.close();
    await eventually(async () => expect(await openStreams()).toBe(before));
  });

  it("gives the same lines as the JSON answer (Buffer and stream alike)", async () => {
    const { id } = await start("echo one; sleep 0.3; echo two >&2; sleep 0.3; printf 'no newline'");
    await linesOnce(id, 3);
    const { body } = await apiJson<Line[]>("GET", logsPath(id, "?timestamps=true"));
    const follow = await openSse(logsPath(id, "?follow=true&timestamps=true"));
    try {
      await follow.until((events) => statuses(events).includes("stopped"));
      const followed = follow.events.filter((e) => e.event === "message").map((e) => e.data);
      expect(followed).toEqual(body);
      expect(body.map((l) => [l.stream, l.text])).toEqual([
        ["stdout", "one"],
        ["stderr", "two"],
        ["stdout", "no newline"],
      ]);
    } finally {
      follow.close();
    }
  });

  it("keeps following across a restart without repeating lines", async () => {
    const script =
      "n=$(cat /runs 2>/dev/null || echo 0); n=$((n+1)); echo $n > /runs; " +
      'echo "run $n begins"; sleep 0.3; echo "run $n warns" >&2; ' +
      'trap "exit 0" TERM; sleep 600 & wait';
    const { id, container } = await start(script);
    await linesOnce(id, 2);
    const follow = await openSse(logsPath(id, "?follow=true"));
    try {
      await follow.until((events) => texts(events).length === 2);
      await container.restart({ t: 5 });
      await follow.until((events) => texts(events).length >= 4);
      await new Promise((r) => setTimeout(r, 1_000));
      expect(texts(follow.events)).toEqual([
        "run 1 begins",
        "run 1 warns",
        "run 2 begins",
        "run 2 warns",
      ]);
      expect(statuses(follow.events)).toEqual(["stopped", "running"]);
      // A restart is quick: the container may run again before Slipway looks, and
      // then the exit code of the run that ended is not known.
      const stopped = follow.events.find((e) => e.event === "status")?.data;
      expect([0, null]).toContain((stopped as { exitCode: number | null }).exitCode);
    } finally {
      follow.close();
    }
  });

  it("waits through a stop and resumes on the next start", async () => {
    const { id, container } = await start('echo "up $(cat /proc/uptime)"; sleep 1');
    await linesOnce(id, 1);
    const follow = await openSse(logsPath(id, "?follow=true"));
    try {
      await follow.until((events) => statuses(events).includes("stopped"));
      await new Promise((r) => setTimeout(r, 1_500));
      await container.start();
      await follow.until((events) => texts(events).length >= 2);
      expect(texts(follow.events)).toHaveLength(2);
      expect(statuses(follow.events).slice(0, 2)).toEqual(["stopped", "running"]);
      const stopped = follow.events.find((e) => e.event === "status")?.data;
      expect(stopped).toMatchObject({ state: "stopped", exitCode: 0 });
    } finally {
      follow.close();
    }
  });

  it("ends with a removed status when the container is removed", async () => {
    const { id, container } = await start("echo bye; sleep 600");
    await linesOnce(id, 1);
    const follow = await openSse(logsPath(id, "?follow=true"));
    await follow.until((events) => texts(events).includes("bye"));
    await container.remove({ force: true });
    await follow.until((events) => events.some((e) => e.event === "end"));
    expect(statuses(follow.events)).toContain("removed");
    expect(follow.events.at(-1)?.event).toBe("end");
  });
});

describe("downloading a log", () => {
  it("streams the whole log, beyond the tail, as a text attachment", async () => {
    const { id, name } = await start("seq 1 3000; sleep 0.5; echo boom >&2");
    await linesOnce(id, 1000);
    await eventually(async () => {
      const { body } = await apiJson<Line[]>("GET", logsPath(id, "?tail=1"));
      expect(body[0]?.text).toBe("boom");
    });
    const response = await api(`${logsPath(id)}/download`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="${name}-logs.txt"`,
    );
    const lines = (await response.text()).split("\n");
    expect(lines).toHaveLength(3002);
    expect(lines.slice(0, 2)).toEqual(["1", "2"]);
    expect(lines.slice(-3)).toEqual(["3000", "boom", ""]);
  });

  it("stamps each line when timestamps=true", async () => {
    const { id } = await start("echo a; echo b");
    await linesOnce(id, 2);
    const text = await (await api(`${logsPath(id)}/download?timestamps=true`)).text();
    const lines = text.trimEnd().split("\n");
    expect(lines.map((l) => l.replace(/^\S+ /, ""))).toEqual(["a", "b"]);
    for (const line of lines) expect(line.split(" ")[0]).toMatch(RFC3339_NANO);
  });
});
