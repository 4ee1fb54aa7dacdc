import { expect, it } from "vitest";
import { ecrPushSchema } from "@/lib/ecr/push-schema";

// The push request's tag is a field of its own: its messages say so, in full.

const problem = (body: Record<string, unknown>) =>
  ecrPushSchema.safeParse({ image: "app:1", repository: "app", ...body }).error?.issues[0]?.message;

it("asks for a missing tag in full", () => {
  expect(problem({})).toBe("tag is required: the tag to push the image as");
});

it("says an empty tag is empty, not the part after a colon", () => {
  expect(problem({ tag: "" })).toBe("tag must not be empty");
});

it("takes a good tag", () => {
  expect(problem({ tag: "v1" })).toBeUndefined();
});
