import { describe, expect, it } from "vitest";
import { shipAppName } from "./app-name";

const tag = (value: string) => [
  { key: "Name", value: "x" },
  { key: "slipway:app", value },
];

describe("the app a ship tags with", () => {
  it("is the one the request names", () => {
    expect(shipAppName({ app: "given", service: "web" }, { serviceTags: tag("old") })).toBe(
      "given",
    );
  });

  it("keeps the service's app tag when the request names none", () => {
    const existing = { serviceTags: tag("qa2-app"), taskDefinitionTags: tag("other") };
    expect(shipAppName({ service: "web" }, existing)).toBe("qa2-app");
  });

  it("keeps the current revision's app tag when the service carries none", () => {
    expect(
      shipAppName({ service: "web" }, { serviceTags: [], taskDefinitionTags: tag("td-app") }),
    ).toBe("td-app");
  });

  it("defaults to the service name when nothing carries one", () => {
    expect(
      shipAppName({ service: "web" }, { serviceTags: [{ key: "slipway:app", value: "" }] }),
    ).toBe("web");
    expect(shipAppName({ service: "web" })).toBe("web");
  });
});
