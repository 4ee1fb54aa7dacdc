import { expect, it } from "vitest";
import { appName } from "@/lib/aws/tags";

// App names: every form and the API take the same name, so spaces around it are
// refused with a message rather than kept (never found again) or trimmed in one place.

const problem = (value: string) => appName.safeParse(value).error?.issues.map((i) => i.message);

it("takes a name with spaces inside it", () => {
  expect(appName.parse("my shop")).toBe("my shop");
});

it.each([
  [" shop", "app must not start or end with a space"],
  ["shop ", "app must not start or end with a space"],
  ["   ", "app must not be only spaces"],
  ["", "app must not be empty"],
])("refuses %j: %s", (value, message) => {
  expect(problem(value)?.[0]).toBe(message);
});
