import { describe, expect, it } from "vitest";
import { shortName } from "./names";

describe("shortName", () => {
  it("keeps a plain name", () => {
    expect(shortName("web")).toBe("web");
  });
  it("takes the cluster name from a cluster ARN", () => {
    expect(shortName("arn:aws:ecs:us-east-1:123456789012:cluster/web")).toBe("web");
  });
  it("takes the service name from a service ARN with its cluster", () => {
    expect(shortName("arn:aws:ecs:us-east-1:123456789012:service/web/api")).toBe("api");
  });
  it("takes the service name from an old-style service ARN", () => {
    expect(shortName("arn:aws:ecs:us-east-1:123456789012:service/api")).toBe("api");
  });
});
