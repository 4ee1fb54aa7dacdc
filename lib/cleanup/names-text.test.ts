import { expect, it } from "vitest";
import { readNamesText } from "@/lib/cleanup/names-text";

// The names boxes: errors count the user's own lines, blank ones included.

const LABELS = {
  clusters: "Clusters",
  services: "Services",
  families: "Families",
  repositories: "Repositories",
  logGroups: "Log groups",
  securityGroups: "Security groups",
};

it("reads one name a line, services as cluster/service", () => {
  const read = readNamesText({ services: "c1/web\n\n c2/api ", clusters: "c1" }, LABELS);
  expect(read.errors).toEqual([]);
  expect(read.names).toEqual({
    clusters: ["c1"],
    services: [
      { cluster: "c1", service: "web" },
      { cluster: "c2", service: "api" },
    ],
  });
});

it("names a service line without a slash by its own line number, blank lines counted", () => {
  const read = readNamesText({ services: "c1/web\n\n\nBAD\nc1/" }, LABELS);
  expect(read.errors).toEqual([
    'Services line 4: BAD: write cluster/service, with a "/" between them',
    'Services line 5: c1/: write cluster/service, with a "/" between them',
  ]);
});

it("checks each line with the API's schema", () => {
  const read = readNamesText({ repositories: "shop\n\nNot Valid!" }, LABELS);
  expect(read.errors).toHaveLength(1);
  expect(read.errors[0]).toMatch(/^Repositories line 3: Not Valid!: /);
});

it("is null when no names were given", () => {
  expect(readNamesText({ clusters: "\n  \n" }, LABELS)).toEqual({ names: null, errors: [] });
});
