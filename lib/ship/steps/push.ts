import "server-only";
import type { AwsClients } from "@/lib/aws/clients";
import { pushToEcr } from "@/lib/ecr/push";
import { createRepository } from "@/lib/ecr/repositories";
import type { StepContext, StepDefinition } from "@/lib/flows/runner";
import type { ShipPlan } from "@/lib/ship/plan";
import { PushSummary, pushTotals } from "@/lib/ship/push-summary";

// Step 2: the image goes to the ECR repository, tagged with the repository's own URI;
// the digest ECR stored is what the new revision pins. A first deploy creates the
// repository first when it is missing.

export function pushStep(aws: AwsClients, plan: ShipPlan): StepDefinition {
  const { repository, tag } = plan.request;
  return {
    id: "push",
    title: plan.repositoryUri ? "Push to ECR" : "Create the repository and push",
    async run(ctx) {
      await ensureRepository(aws, plan, ctx);
      const summary = new PushSummary();
      const pushed = await pushToEcr(
        aws,
        { image: plan.image, repository, tag },
        {
          signal: ctx.signal,
          onProgress(progress) {
            const line = summary.line(progress);
            if (line) ctx.log(line);
            const totals = pushTotals(progress);
            if (totals) ctx.detail(totals);
          },
        },
      );
      ctx.log(`Pushed ${pushed.imageUri} (${pushed.digest})`);
      ctx.detail({ imageUri: pushed.imageUri, digest: pushed.digest });
      ctx.setResult({
        repositoryUri: pushed.repositoryUri,
        digest: pushed.digest,
        imageUri: pushed.imageUri,
        pinnedUri: pushed.pinnedUri,
      });
    },
  };
}

async function ensureRepository(aws: AwsClients, plan: ShipPlan, ctx: StepContext) {
  const name = plan.request.repository;
  // An earlier attempt of this flow may have made it already.
  if (plan.repositoryUri || ctx.flow.result.createdRepository === name) return;
  const created = await createRepository(aws, {
    name,
    tagMutability: "MUTABLE",
    scanOnPush: false,
    app: plan.app,
  });
  ctx.setResult({ createdRepository: name, repositoryUri: created.uri });
  ctx.log(`Created the ECR repository ${name} (${created.uri})`);
}
