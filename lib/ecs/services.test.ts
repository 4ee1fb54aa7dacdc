import { describe, expect, it } from "vitest";
import { fakeAwsClients, pagesOf } from "@/lib/aws/testing/fake-clients";
import { listServices } from "@/lib/ecs/services";

// E3: a cluster with 11 services, listed 4 a page, described at most 10 at a time.

const CLUSTER_ARN = "arn:aws:ecs:us-east-1:123456789012:cluster/shop";
const arnOf = (name: string) => `arn:aws:ecs:us-east-1:123456789012:service/shop/${name}`;
const names = Array.from({ length: 11 }, (_, i) => `svc-${String(i).padStart(2, "0")}`);

function elevenServices(inactive: string[] = []) {
  const listPage = pagesOf(names.map(arnOf), 4);
  return fakeAwsClients({
    listServices: (input) => {
      const { page, nextToken } = listPage(input.nextToken);
      return { serviceArns: page, nextToken };
    },
    describeServices: (input) => {
      const services = input.services as string[];
      if (services.length > 10) {
        throw new Error("InvalidParameterException: service names can have at most 10 items");
      }
      return {
        services: services.map((arn) => {
          const name = arn.split("/").pop() ?? "";
          return {
            serviceArn: arn,
            serviceName: name,
            clusterArn: CLUSTER_ARN,
            status: inactive.includes(name) ? "INACTIVE" : "ACTIVE",
            desiredCount: 1,
            taskDefinition: "arn:aws:ecs:us-east-1:123456789012:task-definition/web:3",
            deployments: [{ id: "ecs-svc/1", status: "PRIMARY", rolloutState: "COMPLETED" }],
          };
        }),
      };
    },
  });
}

describe("listing a cluster's services", () => {
  it("pages through ListServices and describes 11 services in batches of 10 and 1", async () => {
    const fake = elevenServices();
    const services = await listServices(fake.aws, "shop");

    expect(services.map((s) => s.name)).toEqual(names);
    expect(fake.named("ListServices").map((c) => c.input.nextToken)).toEqual([
      undefined,
      "token-4",
      "token-8",
    ]);
    expect(
      fake.named("DescribeServices").map((c) => (c.input.services as string[]).length),
    ).toEqual([10, 1]);
  });

  it("shows the revision as family:revision and the rollout state of each deployment", async () => {
    const [first] = await listServices(elevenServices().aws, "shop");
    expect(first).toMatchObject({
      cluster: "shop",
      taskDefinition: "web:3",
      deployments: [{ id: "ecs-svc/1", rolloutState: "COMPLETED" }],
      rolloutInProgress: false,
    });
  });

  it("leaves deleted (INACTIVE) services out unless asked for them", async () => {
    const active = await listServices(elevenServices(["svc-03"]).aws, "shop");
    expect(active.map((s) => s.name)).not.toContain("svc-03");
    const all = await listServices(elevenServices(["svc-03"]).aws, "shop", true);
    expect(all).toHaveLength(11);
  });
});
