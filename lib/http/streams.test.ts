import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { ndjson, sse } from "./streams";

const request = () => new Request("http://127.0.0.1/api/x");

describe("sse()", () => {
  it("sends each item as a data event and ends with an end event", async () => {
    const response = sse(request(), async function* () {
      yield { data: { n: 1 } };
      yield { data: { n: 2 } };
    });
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    expect(response.headers.get("cache-control")).toBe("no-cache, no-transform");
    const text = await response.text();
    expect(text).toContain('data: {"n":1}\n\n');
    expect(text).toContain('data: {"n":2}\n\n');
    expect(text.trimEnd().endsWith("event: end\ndata: {}")).toBe(true);
  });

  it("ends with a failure event carrying the error's code when the source breaks", async () => {
    const response = sse(request(), async function* () {
      yield { data: { n: 1 } };
      throw new AppError("not_found", "Container abc is gone");
    });
    const text = await response.text();
    expect(text).toContain(
      'event: failure\ndata: {"code":"not_found","message":"Container abc is gone"}',
    );
    expect(text).not.toContain("event: end");
  });

  it("aborts the producer's signal when the client goes away", async () => {
    let aborted = false;
    const response = sse(request(), async function* (signal) {
      signal.addEventListener("abort", () => {
        aborted = true;
      });
      yield { data: 1 };
      await new Promise((resolve) => signal.addEventListener("abort", resolve));
    });
    const reader = response.body?.getReader();
    await reader?.read();
    await reader?.cancel();
    expect(aborted).toBe(true);
  });
});

describe("ndjson()", () => {
  it("writes one JSON object a line and a failure line on error", async () => {
    const response = ndjson(request(), async function* () {
      yield { type: "log", text: "step 1" };
      throw new AppError("conflict", "busy");
    });
    const lines = (await response.text())
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { type: "log", text: "step 1" },
      { type: "failure", code: "conflict", message: "busy" },
    ]);
  });
});
