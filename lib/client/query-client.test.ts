import { QueryObserver } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { makeQueryClient } from "@/lib/client/query-client";

describe("invalidating a list whose first fetch is still in flight", () => {
  it("fetches again, so a change made meanwhile shows", async () => {
    const client = makeQueryClient();
    let clusters = ["old"];
    let calls = 0;
    const queryFn = async () => {
      calls += 1;
      const answer = [...clusters];
      await new Promise((r) => setTimeout(r, 30));
      return answer;
    };
    // A mounted page: the observer starts the first fetch and keeps the query active.
    const observer = new QueryObserver(client, { queryKey: ["clusters"], queryFn });
    const unsubscribe = observer.subscribe(() => undefined);

    clusters = ["old", "new"];
    await client.invalidateQueries({ queryKey: ["clusters"] });

    expect(calls).toBe(2);
    expect(client.getQueryData(["clusters"])).toEqual(["old", "new"]);
    unsubscribe();
  });
});
