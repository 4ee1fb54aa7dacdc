import { describe, expect, it } from "vitest";
import { awsServiceError, fakeAwsClients } from "@/lib/aws/testing/fake-clients";
import { deleteServices, scaleServices } from "@/lib/cleanup/steps/services";
import { fakeStepContext } from "@/lib/cleanup/testing/step-context";
import type { CleanupItem } from "@/lib/cleanup/types";
import { SkippedStep } from "@/lib/flows/runner";

// The service steps against a fake ECS: moto cannot run a DAEMON service beside a
// replica one (it has no container instances to place daemons on).

function serviceItem(name: string, scheduling: string, desiredCount: number): CleanupItem {
  return {
    id: `service:c/${name}`,
    kind: "service",
    name,
    action: "remove",
    reason: "test",
    dependsOn: [],
    order: 1,
    locator: { cluster: "c", service: name, scheduling, desiredCount: String(desiredCount) },
  };
}

const described =
  (services: Record<string, { status: string; desiredCount: number }>) =>
  (input: Record<string, unknown>) => {
    const [name] = input.services as string[];
    const found = services[name ?? ""];
    return { services: found ? [{ serviceName: name, ...found }] : [], failures: [] };
  };

describe("scaling services to 0", () => {
  it("scales the replica service and never the DAEMON one in the same cluster", async () => {
    const { aws, named } = fakeAwsClients({
      describeServices: described({
        web: { status: "ACTIVE", desiredCount: 3 },
        agent: { status: "ACTIVE", desiredCount: 2 },
      }),
      updateService: () => ({}),
    });
    const { ctx, lines } = fakeStepContext();
    await scaleServices(
      aws,
      [serviceItem("web", "REPLICA", 3), serviceItem("agent", "DAEMON", 2)],
      ctx,
    );
    expect(named("UpdateService").map((c) => c.input)).toEqual([
      { cluster: "c", service: "web", desiredCount: 0 },
    ]);
    expect(lines).toEqual([
      "service agent: a DAEMON service, not scaled (deleted with force next)",
      "service web: scaled from 3 to 0",
    ]);
  });

  it("has nothing to do for DAEMON services alone, and says so", async () => {
    const { aws, calls } = fakeAwsClients({});
    const { ctx } = fakeStepContext();
    const outcome = await scaleServices(aws, [serviceItem("agent", "DAEMON", 1)], ctx);
    expect(outcome).toBeInstanceOf(SkippedStep);
    expect(calls).toEqual([]);
  });
});

describe("deleting services", () => {
  it("deletes with force, and counts an INACTIVE service or a gone cluster as done", async () => {
    const { aws, named } = fakeAwsClients({
      describeServices: (input) => {
        if (input.cluster === "gone") throw awsServiceError("ClusterNotFoundException", 400);
        return described({
          web: { status: "ACTIVE", desiredCount: 0 },
          old: { status: "INACTIVE", desiredCount: 0 },
        })(input);
      },
      deleteService: () => ({ service: { status: "DRAINING" } }),
    });
    const { ctx, lines, detail } = fakeStepContext();
    const lost = {
      ...serviceItem("api", "REPLICA", 1),
      locator: { cluster: "gone", service: "api" },
    };
    await deleteServices(
      aws,
      [serviceItem("web", "REPLICA", 0), serviceItem("old", "REPLICA", 0), lost],
      ctx,
    );
    expect(named("DeleteService").map((c) => c.input)).toEqual([
      { cluster: "c", service: "web", force: true },
    ]);
    expect(lines).toEqual([
      "service web: deleted with force (DRAINING); ECS stops its tasks",
      "service old: already deleted (INACTIVE)",
      "service api: already gone",
    ]);
    expect(detail).toMatchObject({ removed: 2, "already gone": 1 });
  });
});
