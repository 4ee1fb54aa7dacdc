import { describe, expect, it } from "vitest";
import { Mailbox } from "@/lib/http/mailbox";

async function drainAll<T>(box: Mailbox<T>, signal = new AbortController().signal) {
  const seen: T[] = [];
  for await (const item of box.drain(signal)) seen.push(item);
  return seen;
}

describe("Mailbox", () => {
  it("hands out items pushed before and while draining, then ends on close", async () => {
    const box = new Mailbox<number>();
    box.push(1);
    const drained = drainAll(box);
    setTimeout(() => {
      box.push(2);
      box.close();
      box.push(3);
    }, 5);
    expect(await drained).toEqual([1, 2]);
  });

  it("throws the failure after the queued items", async () => {
    const box = new Mailbox<number>();
    const seen: number[] = [];
    box.push(1);
    box.fail(new Error("broken"));
    await expect(
      (async () => {
        for await (const item of box.drain(new AbortController().signal)) seen.push(item);
      })(),
    ).rejects.toThrow("broken");
    expect(seen).toEqual([1]);
  });

  it("stops waiting when the signal fires", async () => {
    const box = new Mailbox<number>();
    const abort = new AbortController();
    setTimeout(() => abort.abort(), 5);
    expect(await drainAll(box, abort.signal)).toEqual([]);
  });
});
