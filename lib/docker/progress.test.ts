import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { type ProgressLine, readEngineProgress } from "./progress";

// What Docker 20.10's classic builder sent for `COPY no-such-file /x` (case D2).
const COPY_FAILURE = [
  { stream: "Step 1/3 : FROM slipway-test/busybox:latest" },
  { stream: "\n" },
  { stream: " ---\u003e c4443d582ac4\n" },
  { stream: "Step 2/3 : COPY no-such-file /x" },
  { stream: "\n" },
  {
    errorDetail: { message: "COPY failed: file not found in build context: stat no-such-file" },
    error: "COPY failed: file not found in build context: stat no-such-file",
  },
];

const SUCCESS = [
  { stream: "Step 1/2 : FROM slipway-test/busybox:latest" },
  { stream: "\n" },
  { stream: "Step 2/2 : RUN echo hi" },
  { stream: "\n" },
  { stream: " ---\u003e Running in 8a030fa95280\n" },
  { stream: "hi\n\u001b[31mred\u001b[0m\n" },
  { stream: " ---\u003e e8840fc9678c\n" },
  { aux: { ID: "sha256:e8840fc9678c9ab6cc0e357d6433489b0ed3de8a1e67ba0dfc9547514b08319f" } },
  { stream: "Successfully built e8840fc9678c\n" },
  { stream: "Successfully tagged slipway-test-probe:1\n" },
];

const ndjson = (messages: unknown[]) => messages.map((m) => `${JSON.stringify(m)}\n`).join("");

async function collect(chunks: string[], operation: "build" | "pull" | "push" = "build") {
  const lines: ProgressLine[] = [];
  for await (const line of readEngineProgress(Readable.from(chunks), operation)) lines.push(line);
  return lines;
}

function chunked(text: string, size: number): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
  return chunks;
}

describe("engine progress reader", () => {
  it("reports a failed COPY as a failure with the engine's message and the step (D2)", async () => {
    const lines = await collect([ndjson(COPY_FAILURE)]);
    expect(lines.at(-1)).toEqual({
      type: "failure",
      code: "upstream_error",
      message: "COPY failed: file not found in build context: stat no-such-file",
      step: "Step 2/3 : COPY no-such-file /x",
    });
    expect(lines.some((l) => l.type === "done")).toBe(false);
  });

  it("reports `RUN exit 3` as failed even though the stream ends normally (D2)", async () => {
    const lines = await collect([
      ndjson([
        { stream: "Step 3/3 : RUN exit 3" },
        { stream: "\n" },
        {
          errorDetail: {
            code: 3,
            message: "The command '/bin/sh -c exit 3' returned a non-zero code: 3",
          },
        },
      ]),
    ]);
    expect(lines.at(-1)).toMatchObject({
      type: "failure",
      message: "The command '/bin/sh -c exit 3' returned a non-zero code: 3",
      step: "Step 3/3 : RUN exit 3",
    });
  });

  it("lets an error win over an image id sent before it", async () => {
    const lines = await collect([ndjson([{ aux: { ID: "sha256:abc" } }, { error: "boom" }])]);
    expect(lines.at(-1)).toMatchObject({ type: "failure", message: "boom" });
  });

  it("ends a successful build with the image id from the aux line", async () => {
    const lines = await collect([ndjson(SUCCESS)]);
    expect(lines.at(-1)).toEqual({
      type: "done",
      imageId: "sha256:e8840fc9678c9ab6cc0e357d6433489b0ed3de8a1e67ba0dfc9547514b08319f",
    });
    expect(lines.filter((l) => l.type === "step")).toEqual([
      {
        type: "step",
        step: "Step 1/2 : FROM slipway-test/busybox:latest",
        index: 1,
        total: 2,
        instruction: "FROM slipway-test/busybox:latest",
      },
      {
        type: "step",
        step: "Step 2/2 : RUN echo hi",
        index: 2,
        total: 2,
        instruction: "RUN echo hi",
      },
    ]);
  });

  it("keeps colour codes in log text for the page to render, one line each", async () => {
    const lines = await collect([ndjson(SUCCESS)]);
    const logs = lines.filter((l) => l.type === "log").map((l) => (l as { text: string }).text);
    expect(logs).toContain("hi");
    expect(logs).toContain("\u001b[31mred\u001b[0m");
  });

  it("falls back to `Successfully built <id>` when no aux line comes", async () => {
    const lines = await collect([ndjson(SUCCESS.filter((m) => !("aux" in m)))]);
    expect(lines.at(-1)).toEqual({ type: "done", imageId: "e8840fc9678c" });
  });

  it("fails a build stream that ends without an image", async () => {
    const lines = await collect([ndjson(SUCCESS.slice(0, 5))]);
    expect(lines.at(-1)).toMatchObject({ type: "failure", message: /without reporting an image/ });
  });

  it("gives the same lines wherever the chunks split", async () => {
    const text = ndjson([...SUCCESS.slice(0, 6), ...COPY_FAILURE.slice(3)]);
    const whole = await collect([text]);
    for (const size of [1, 2, 3, 7, 13, 64]) {
      expect(await collect(chunked(text, size))).toEqual(whole);
    }
    expect(whole.at(-1)).toMatchObject({
      type: "failure",
      step: "Step 2/3 : COPY no-such-file /x",
    });
  });

  it("keeps only the last redraw of a line drawn with carriage returns", async () => {
    const lines = await collect([ndjson([{ stream: "10%\r50%\r100%\r\n" }, { aux: { ID: "x" } }])]);
    expect(lines[0]).toEqual({ type: "log", text: "100%" });
  });

  it("does not glue RUN output without a final newline to the builder's next line", async () => {
    const lines = await collect([
      ndjson([{ stream: "no newline" }, { stream: "Removing intermediate container 1a\n" }]),
    ]);
    expect(lines.slice(0, 2)).toEqual([
      { type: "log", text: "no newline" },
      { type: "log", text: "Removing intermediate container 1a" },
    ]);
  });

  it("maps pull progress and ends a pull with its digest", async () => {
    const lines = await collect(
      [
        ndjson([
          { status: "Pulling from library/busybox", id: "latest" },
          { status: "Downloading", id: "a1b2", progressDetail: { current: 50, total: 100 } },
          { status: "Digest: sha256:feed" },
          { status: "Pushed", aux: { Tag: "latest", Digest: "sha256:feed", Size: 527 } },
        ]),
      ],
      "pull",
    );
    expect(lines[1]).toEqual({
      type: "progress",
      status: "Downloading",
      id: "a1b2",
      current: 50,
      total: 100,
    });
    expect(lines.at(-1)).toEqual({ type: "done", digest: "sha256:feed", tag: "latest" });
  });

  it("fails a push on an error line", async () => {
    const lines = await collect(
      [ndjson([{ status: "Preparing", id: "x" }, { error: "denied" }])],
      "push",
    );
    expect(lines.at(-1)).toEqual({ type: "failure", code: "upstream_error", message: "denied" });
  });
});
