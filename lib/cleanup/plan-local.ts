import { type DraftItem, draftItem, itemId, type PlanInput } from "@/lib/cleanup/draft";
import type { LocalContainerFact, LocalImageFact } from "@/lib/cleanup/facts";
import { parseImageReference } from "@/lib/images/reference";

// An app's resources on the local engine: containers, images and volumes labelled
// `slipway.app=<app>`, containers created from an image of the app's ECR
// repositories (by their URI), and images tagged with such a URI. An image that also
// has names outside those repositories only loses the app's tags. Containers go
// first (stopped, then removed with their anonymous volumes), then images, then
// volumes; one that a staying container uses stays.

export const LOCAL_APP_LABEL = "slipway.app";

const containerId = (c: LocalContainerFact) => itemId("local-container", c.id.slice(0, 12));

export function planLocal(input: PlanInput, repositoryUris: readonly string[]): DraftItem[] {
  const local = input.facts.local;
  if (!local) return [];
  const app = input.app;
  const labelled = (labels: Record<string, string>) =>
    app !== null && labels[LOCAL_APP_LABEL] === app;
  const ofApp = (reference: string) =>
    repositoryUris.includes(parseImageReference(reference).repository);

  const containers = local.containers.filter((c) => labelled(c.labels) || ofApp(c.image));
  const items: DraftItem[] = containers.map((c) =>
    draftItem("local-container", c.id.slice(0, 12), {
      name: c.name,
      action: "remove",
      reason:
        (labelled(c.labels) ? `labelled ${LOCAL_APP_LABEL}=${app}` : `runs ${c.image}`) +
        `: ${c.state === "running" ? "stopped, then " : ""}removed with its anonymous volumes`,
      locator: { container: c.id },
    }),
  );

  const staysWith = (users: LocalContainerFact[]) => users.find((u) => !containers.includes(u));
  for (const image of local.images) {
    const appTags = image.tags.filter(ofApp);
    if (!labelled(image.labels) && appTags.length === 0) continue;
    const whole = labelled(image.labels) || appTags.length === image.tags.length;
    const users = local.containers.filter((c) => c.imageId === image.id);
    const leaving = users.filter((u) => containers.includes(u)).map(containerId);
    items.push(imageItem(image, { whole, appTags, leaving }, staysWith(users)?.name ?? null));
  }

  for (const volume of local.volumes) {
    if (!labelled(volume.labels)) continue;
    const users = local.containers.filter((c) => c.volumes.includes(volume.name));
    const staying = staysWith(users);
    items.push(
      draftItem("local-volume", volume.name, {
        name: volume.name,
        action: staying ? "keep" : "remove",
        reason: staying
          ? `mounted by container ${staying.name}, which stays`
          : `labelled ${LOCAL_APP_LABEL}=${app}: removed with its data`,
        dependsOn: users.filter((u) => containers.includes(u)).map(containerId),
        ...(!staying && volume.size !== null ? { frees: { bytes: volume.size } } : {}),
        locator: { volume: volume.name },
      }),
    );
  }
  return items;
}

interface ImageScope {
  /** The image goes by id; else only `appTags` are removed from it. */
  whole: boolean;
  appTags: string[];
  /** Item ids of the containers using it that go first. */
  leaving: string[];
}

function imageItem(image: LocalImageFact, scope: ImageScope, stayingUser: string | null) {
  const { whole, appTags } = scope;
  // Only the app's tags go from an image that keeps other names: they name the item.
  const shown = whole ? image.tags : appTags;
  const name = shown.length > 0 ? shown.join(", ") : image.id.slice(7, 19);
  const others = image.tags.filter((t) => !appTags.includes(t));
  let reason = whole
    ? `${appTags.length > 0 ? `tagged ${appTags.join(", ")}` : "labelled for the app"}: removed`
    : `untagged ${appTags.join(", ")}; the image stays as ${others.join(", ")}`;
  if (stayingUser && whole) reason = `used by container ${stayingUser}, which stays`;
  return draftItem("local-image", image.id, {
    name,
    action: stayingUser && whole ? "keep" : "remove",
    reason,
    dependsOn: scope.leaving,
    ...(whole && !stayingUser ? { frees: { bytes: image.size } } : {}),
    // Whole images go by id; otherwise only the app's tags are removed.
    locator: { image: image.id, tags: whole ? "" : JSON.stringify(appTags) },
  });
}
