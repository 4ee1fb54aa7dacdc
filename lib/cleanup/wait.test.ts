import { expect, it } from "vitest";
import { fakeStepContext } from "@/lib/cleanup/testing/step-context";
import { waitFor } from "@/lib/cleanup/wait";

// Waits end: with what they waited for, or with an error saying what never came.

it("shows what it waits for, and ends when it is there", async () => {
  const { ctx, lines, detail } = fakeStepContext();
  let polls = 0;
  await waitFor(ctx, {
    what: "service web to go",
    timeoutMs: 5_000,
    intervalMs: 1,
    poll: async () => {
      polls += 1;
      return { done: polls === 3, status: `service web (${polls} of 2 tasks stopped)` };
    },
  });
  expect(lines).toEqual([
    "waiting for service web (1 of 2 tasks stopped)",
    "waiting for service web (2 of 2 tasks stopped)",
  ]);
  expect(detail.waiting).toMatch(/^done after \d+ s$/);
});

it("gives up after its bound, naming what it still waits for", async () => {
  const { ctx } = fakeStepContext();
  const wait = waitFor(ctx, {
    what: "service web to become INACTIVE",
    timeoutMs: 30,
    intervalMs: 5,
    poll: async () => ({ done: false, status: "service web DRAINING" }),
  });
  await expect(wait).rejects.toThrow(
    /Gave up after 0 s waiting for service web to become INACTIVE \(still: service web DRAINING\)/,
  );
});
