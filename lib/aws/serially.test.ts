import { describe, expect, it } from "vitest";
import { serially } from "@/lib/aws/serially";

describe("serially", () => {
  it("runs work for one key one after another, and other keys alongside", async () => {
    const order: string[] = [];
    const step = (name: string, ms: number) => async () => {
      order.push(`start ${name}`);
      await new Promise((r) => setTimeout(r, ms));
      order.push(`end ${name}`);
      return name;
    };
    const results = await Promise.all([
      serially("a", step("a1", 30)),
      serially("a", step("a2", 1)),
      serially("b", step("b1", 1)),
    ]);
    expect(results).toEqual(["a1", "a2", "b1"]);
    expect(order.indexOf("end a1")).toBeLessThan(order.indexOf("start a2"));
    expect(order.indexOf("start b1")).toBeLessThan(order.indexOf("end a1"));
  });

  it("goes on with the next work after one fails", async () => {
    const failed = serially("c", async () => {
      throw new Error("boom");
    });
    const next = serially("c", async () => "ok");
    await expect(failed).rejects.toThrow("boom");
    await expect(next).resolves.toBe("ok");
  });
});
