import "server-only";
import { DeleteClusterCommand, DescribeClustersCommand } from "@aws-sdk/client-ecs";
import type { AwsClients } from "@/lib/aws/clients";
import { forEachItem, located } from "@/lib/cleanup/steps/each";
import type { CleanupItem } from "@/lib/cleanup/types";
import { describeAllServices } from "@/lib/ecs/service-list";
import { conflict } from "@/lib/errors";
import type { StepContext } from "@/lib/flows/runner";
import { plural } from "@/lib/format/plural";
import { log } from "@/lib/log";

// Clusters go last. AWS refuses to delete one that still holds services
// (ClusterContainsServicesException); Slipway checks first, so the refusal names them
// whatever the endpoint does. ECS keeps a deleted cluster listed as INACTIVE.

export async function deleteClusters(aws: AwsClients, items: CleanupItem[], ctx: StepContext) {
  await forEachItem(ctx, items, async (item) => {
    const cluster = located(item, "cluster");
    const answer = await aws.ecs.send(new DescribeClustersCommand({ clusters: [cluster] }));
    const found = answer.clusters?.[0];
    if (!found || found.status === "INACTIVE") return "already deleted (INACTIVE)";
    const services = (await describeAllServices(aws, cluster)).filter(
      (s) => s.status !== "INACTIVE",
    );
    if (services.length > 0) {
      const named = services.map((s) => `${s.serviceName} (${s.status})`).join(", ");
      throw conflict(
        `ClusterContainsServicesException: cluster ${cluster} still holds ` +
          `${plural(services.length, "service")}: ${named}. Remove them, then retry.`,
      );
    }
    const deleted = await aws.ecs.send(new DeleteClusterCommand({ cluster }));
    log.info("cleanup deleted cluster", { cluster });
    return `deleted (${deleted.cluster?.status ?? "INACTIVE"})`;
  });
}
