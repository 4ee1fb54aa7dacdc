import { APP_TAG } from "@/lib/aws/tags";

// The `slipway:app` a ship tags what it makes with. A later ship keeps the app the
// first deploy named (on the service, else on the revision it runs): re-tagging the
// new revision with the service's name would split one app in two.

type Tags = ReadonlyArray<{ key?: string | undefined; value?: string | undefined }> | undefined;

const appTagOf = (tags: Tags) => tags?.find((t) => t.key === APP_TAG && t.value)?.value;

/** The app named in the request, else the service's tag, else its revision's, else the service name. */
export function shipAppName(
  request: { app?: string | undefined; service: string },
  existing: { serviceTags?: Tags; taskDefinitionTags?: Tags } = {},
): string {
  return (
    request.app ??
    appTagOf(existing.serviceTags) ??
    appTagOf(existing.taskDefinitionTags) ??
    request.service
  );
}
