import { describe, expect, it } from "vitest";
import { eventsQuery, toEngineEventOptions } from "./filters";

describe("events query", () => {
  it("passes types and actions to the engine as its own filters", () => {
    const query = eventsQuery.parse({
      type: "container, network",
      action: "start,die",
      since: "5",
    });
    expect(toEngineEventOptions(query)).toEqual({
      filters: { type: ["container", "network"], event: ["start", "die"] },
      since: 5,
    });
  });

  it("asks the engine for everything when no filter is given", () => {
    expect(toEngineEventOptions(eventsQuery.parse({}))).toEqual({});
  });

  it("refuses an unknown type, naming the known ones", () => {
    const parsed = eventsQuery.safeParse({ type: "containers" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toContain("container, image, volume");
  });
});
