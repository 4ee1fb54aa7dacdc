import { describe, expect, it } from "vitest";
import {
  type FilteredEvent,
  type FilterPage,
  type FilterRequest,
  filterAll,
  followFiltered,
  LATE_EVENTS_MS,
  SeenEvents,
} from "@/lib/ecs-logs/filter";

const at = (eventId: string, timestamp: number, stream = "ecs/web/a"): FilteredEvent => ({
  eventId,
  timestamp,
  message: `event ${eventId}`,
  logStreamName: stream,
});

const open = () => new AbortController().signal;

describe("FilterLogEvents across streams", () => {
  it("follows nextToken past empty pages and gives each eventId once", async () => {
    const pages: Record<string, { events: FilteredEvent[]; nextToken?: string }> = {
      first: { events: [at("1", 10), at("2", 11, "ecs/web/b")], nextToken: "p2" },
      p2: { events: [], nextToken: "p3" },
      // The same event again on a later page (AWS gives no promise it will not).
      p3: { events: [at("2", 11, "ecs/web/b"), at("3", 12)] },
    };
    const filterPage: FilterPage = async ({ nextToken }) => pages[nextToken ?? "first"] ?? null;
    const ids: string[] = [];
    for await (const batch of filterAll(filterPage, {}, open())) {
      ids.push(...batch.map((e) => e.eventId));
    }
    expect(ids).toEqual(["1", "2", "3"]);
  });

  it("forgets ids only of events before the time asked for", () => {
    const seen = new SeenEvents();
    seen.add(at("old", 100));
    seen.add(at("new", 200));
    seen.forgetBefore(150);
    expect([seen.has("old"), seen.has("new"), seen.size]).toEqual([false, true, 1]);
  });

  it("a follow asks from a little before the newest event and shows nothing twice", async () => {
    const stored: FilteredEvent[] = [at("1", 100_000), at("2", 100_500, "ecs/web/b")];
    const requests: FilterRequest[] = [];
    const filterPage: FilterPage = async (request) => {
      requests.push(request);
      const from = request.startTime ?? 0;
      return { events: stored.filter((e) => e.timestamp >= from) };
    };
    const controller = new AbortController();
    let polls = 0;
    const sleep = async () => {
      polls += 1;
      // An event of another stream that reached CloudWatch late, stamped earlier.
      if (polls === 1) stored.push(at("3", 100_200, "ecs/web/c"));
      if (polls === 2) stored.push(at("4", 101_000));
      if (polls === 3) controller.abort();
    };
    const ids: string[] = [];
    for await (const item of followFiltered(
      filterPage,
      { since: 50_000, exists: true },
      { intervalMs: 2_000, signal: controller.signal, sleep },
    )) {
      if ("events" in item) ids.push(...item.events.map((e) => e.eventId));
    }
    expect(ids).toEqual(["1", "2", "3", "4"]);
    expect(requests.map((r) => r.startTime)).toEqual([
      50_000,
      100_500 - LATE_EVENTS_MS,
      100_500 - LATE_EVENTS_MS,
    ]);
  });

  it("says when the log group appears", async () => {
    let exists = false;
    const filterPage: FilterPage = async () => (exists ? { events: [at("1", 5)] } : null);
    const controller = new AbortController();
    const items: unknown[] = [];
    const sleep = async () => {
      exists = true;
    };
    for await (const item of followFiltered(
      filterPage,
      { since: 0, exists: false },
      { intervalMs: 1, signal: controller.signal, sleep },
    )) {
      items.push(item);
      if (items.length === 2) controller.abort();
    }
    expect(items).toEqual([{ events: [at("1", 5)] }, { exists: true }]);
  });
});
