import { describe, expect, it } from "vitest";
import {
  type GetPage,
  type PageRequest,
  readForward,
  readNewest,
  type StreamEvent,
  type StreamPage,
  tailStream,
} from "@/lib/ecs-logs/reader";

const event = (n: number): StreamEvent => ({ timestamp: 1_000 + n, message: `line ${n}` });

/** GetLogEvents answering from a script: the page for each token sent. */
function scripted(pages: Record<string, StreamPage>) {
  const sent: Array<string | undefined> = [];
  const getPage: GetPage = async (request) => {
    sent.push(request.nextToken);
    const page = pages[request.nextToken ?? "head"];
    if (!page) throw new Error(`no page scripted for ${request.nextToken}`);
    return page;
  };
  return { getPage, sent };
}

async function collect(pages: AsyncGenerator<StreamEvent[], unknown>) {
  const events: StreamEvent[] = [];
  let step = await pages.next();
  while (!step.done) {
    events.push(...step.value);
    step = await pages.next();
  }
  return { events, end: step.value };
}

const open = () => new AbortController().signal;

describe("reading a CloudWatch stream to its end (E4)", () => {
  it("stops when the forward token sent comes back with no events", async () => {
    const { getPage, sent } = scripted({
      head: { events: [event(1), event(2)], nextForwardToken: "f/2" },
      "f/2": { events: [], nextForwardToken: "f/2" },
    });
    const { events, end } = await collect(readForward(getPage, {}, open()));
    expect(events.map((e) => e.message)).toEqual(["line 1", "line 2"]);
    expect(end).toEqual({ token: "f/2", missing: false });
    expect(sent).toEqual([undefined, "f/2"]);
  });

  it("reads on past empty pages in the middle of the stream", async () => {
    const { getPage, sent } = scripted({
      head: { events: [event(1)], nextForwardToken: "a" },
      a: { events: [], nextForwardToken: "b" },
      b: { events: [], nextForwardToken: "c" },
      c: { events: [event(2)], nextForwardToken: "d" },
      d: { events: [], nextForwardToken: "d" },
    });
    const { events } = await collect(readForward(getPage, {}, open()));
    expect(events.map((e) => e.message)).toEqual(["line 1", "line 2"]);
    expect(sent).toEqual([undefined, "a", "b", "c", "d"]);
  });

  it("says when the stream does not exist yet", async () => {
    const { end } = await collect(readForward(async () => null, {}, open()));
    expect(end).toEqual({ token: undefined, missing: true });
  });

  it("reads the newest lines backwards up to the limit", async () => {
    const { getPage } = scripted({
      head: { events: [event(5), event(6)], nextForwardToken: "f/6", nextBackwardToken: "b/5" },
      "b/5": { events: [event(3), event(4)], nextBackwardToken: "b/3" },
      "b/3": { events: [event(1), event(2)], nextBackwardToken: "b/1" },
    });
    const newest = await readNewest(getPage, { limit: 3 }, open());
    expect(newest.events.map((e) => e.message)).toEqual(["line 4", "line 5", "line 6"]);
    expect(newest).toMatchObject({ forwardToken: "f/6", truncated: true, missing: false });
  });

  it("reads backwards to the start when the range holds fewer lines than the limit", async () => {
    const { getPage } = scripted({
      head: { events: [event(2)], nextForwardToken: "f/2", nextBackwardToken: "b/2" },
      "b/2": { events: [event(1)], nextBackwardToken: "b/1" },
      "b/1": { events: [], nextBackwardToken: "b/1" },
    });
    const newest = await readNewest(getPage, { limit: 100 }, open());
    expect(newest.events.map((e) => e.message)).toEqual(["line 1", "line 2"]);
    expect(newest.truncated).toBe(false);
  });
});

/** A stream that grows, answering tokens as CloudWatch does: `f/<next index>`. */
function growingStream() {
  const events: StreamEvent[] = [];
  const requests: PageRequest[] = [];
  const getPage: GetPage = async (request) => {
    requests.push(request);
    const from = request.nextToken ? Number(request.nextToken.slice(2)) : 0;
    const page = events.slice(from, from + 2); // small pages: several per poll
    return { events: page, nextForwardToken: `f/${from + page.length}` };
  };
  return { events, getPage, requests };
}

describe("a live tail of one stream", () => {
  it("gives each line once, from the last forward token, across polls", async () => {
    const stream = growingStream();
    stream.events.push(event(1), event(2), event(3));
    const controller = new AbortController();
    let polls = 0;
    const sleep = async () => {
      polls += 1;
      if (polls === 1) stream.events.push(event(4));
      if (polls === 3) stream.events.push(event(5), event(6));
      if (polls === 4) controller.abort();
    };
    const seen: string[] = [];
    const start = { token: "f/2", exists: true };
    for await (const item of tailStream(stream.getPage, start, {
      intervalMs: 2_000,
      signal: controller.signal,
      sleep,
    })) {
      if ("events" in item) seen.push(...item.events.map((e) => e.message));
    }
    expect(seen).toEqual(["line 3", "line 4", "line 5", "line 6"]);
    // Each poll ends on the token it sent: no loop on an unchanged stream.
    expect(stream.requests.length).toBeLessThan(14);
  });

  it("waits for a stream that does not exist yet and reads it from the start", async () => {
    let created = false;
    const lines = [event(1), event(2)];
    const getPage: GetPage = async (request) => {
      if (!created) return null;
      const from = request.nextToken ? Number(request.nextToken.slice(2)) : 0;
      return { events: lines.slice(from), nextForwardToken: `f/${lines.length}` };
    };
    const controller = new AbortController();
    const sleep = async () => {
      created = true;
    };
    const items: unknown[] = [];
    for await (const item of tailStream(
      getPage,
      { token: undefined, exists: false },
      { intervalMs: 2_000, signal: controller.signal, sleep },
    )) {
      items.push(item);
      if (items.length === 2) controller.abort();
    }
    expect(items).toEqual([{ events: lines }, { exists: true }]);
  });
});
