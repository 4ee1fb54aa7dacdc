import "server-only";
import { packFolderContext } from "@/lib/build/context";
import { runBuild } from "@/lib/build/run-build";
import { AppError, type ErrorCode } from "@/lib/errors";
import type { StepDefinition } from "@/lib/flows/runner";
import type { ShipPlan } from "@/lib/ship/plan";

// Step 1: the image from the folder, as the Build page makes it. The engine's
// output goes to the step's output line by line; the bytes of context sent go to
// its detail, which the view shows as one line that grows.

export function buildStep(plan: ShipPlan): StepDefinition {
  return {
    id: "build",
    title: "Build the image",
    async run(ctx) {
      const context = plan.build;
      if (!context) return ctx.skip(`No build: the source is the local image ${plan.image}`);
      ctx.detail({ folder: context.root, dockerfile: context.dockerfile, tag: plan.image });
      const lines = runBuild(
        { tar: packFolderContext(context), size: context.tarSize },
        { tag: plan.image, dockerfile: context.dockerfile, buildArgs: {}, noCache: false },
        ctx.signal,
      );
      for await (const line of lines) {
        if (line.type === "step") ctx.log(line.step);
        else if (line.type === "log") ctx.log(line.text);
        else if (line.type === "progress") ctx.detail({ contextBytes: line.current ?? 0 });
        else if (line.type === "done") {
          ctx.detail({ imageId: line.imageId ?? null });
          ctx.setResult({ builtImage: plan.image, imageId: line.imageId ?? null });
        } else {
          const where = line.step ? ` (at ${line.step})` : "";
          throw new AppError(line.code as ErrorCode, `${line.message}${where}`);
        }
      }
    },
  };
}
