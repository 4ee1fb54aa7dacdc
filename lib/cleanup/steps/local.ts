import "server-only";
import { forEachItem, located } from "@/lib/cleanup/steps/each";
import type { CleanupItem } from "@/lib/cleanup/types";
import { getDocker } from "@/lib/docker/client";
import type { StepContext } from "@/lib/flows/runner";
import { log } from "@/lib/log";

// The app's local resources on the engine the plan looked at: containers are stopped
// and removed with their anonymous volumes, then images (whole, or only the app's
// tags), then volumes. The engine answers 404 for what is gone already.

export async function removeLocalContainers(items: CleanupItem[], ctx: StepContext) {
  await forEachItem(ctx, items, async (item) => {
    const container = getDocker().getContainer(located(item, "container"));
    const state = (await container.inspect()).State;
    if (state.Running || state.Paused || state.Restarting) {
      await ignoring(304, container.stop({ t: 10 }));
    }
    await container.remove({ v: true });
    log.info("cleanup removed container", { container: item.name });
    return state.Running ? "stopped and removed" : "removed";
  });
}

export async function removeLocalImages(items: CleanupItem[], ctx: StepContext) {
  await forEachItem(ctx, items, async (item) => {
    const tags = JSON.parse(item.locator.tags || "[]") as string[];
    if (tags.length > 0) {
      for (const tag of tags) await ignoring(404, getDocker().getImage(tag).remove());
      return `untagged ${tags.join(", ")}`;
    }
    const id = located(item, "image");
    const image = await getDocker().getImage(id).inspect();
    // An image with several names is refused by id without force: its names go first,
    // so that a container that started using it meanwhile makes the engine refuse.
    const names = image.RepoTags ?? [];
    for (const name of names.length > 1 ? names : []) await getDocker().getImage(name).remove();
    if (names.length <= 1) await getDocker().getImage(id).remove();
    log.info("cleanup removed image", { image: id });
    return "removed";
  });
}

export async function removeLocalVolumes(items: CleanupItem[], ctx: StepContext) {
  await forEachItem(ctx, items, async (item) => {
    await getDocker().getVolume(located(item, "volume")).remove();
    log.info("cleanup removed volume", { volume: item.name });
    return "removed";
  });
}

/** Waits for an engine call; the status given (already stopped, no such tag) is no failure. */
async function ignoring(status: number, call: Promise<unknown>): Promise<void> {
  try {
    await call;
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode !== status) throw error;
  }
}
