import Link from "next/link";
import { CopyButton } from "@/components/aws/copy-button";
import type { PushDone } from "@/components/ecr/use-push";
import type { LayerStreamState } from "@/components/images/use-layer-stream";
import { ErrorNotice } from "@/components/ui/error-notice";
import { ApiError } from "@/lib/client/api";

/** What a push came to: the digest and URIs with a way to the repository, or why not. */
export function PushOutcome({
  state,
  repository,
}: {
  state: LayerStreamState<PushDone>;
  repository: string;
}) {
  if (state.phase === "failed") {
    const error = new ApiError(0, state.code, state.message);
    return (
      <div data-testid="push-failure">
        <ErrorNotice error={error} action={`push to ${repository}`} />
      </div>
    );
  }
  if (state.phase === "cancelled") return <p className="text-sm text-slate-400">Push cancelled.</p>;
  if (state.phase !== "succeeded") return null;
  const { digest, imageUri, pinnedUri } = state.result;
  return (
    <div
      className="space-y-1.5 rounded-md border border-emerald-800 bg-emerald-950/40 px-3 py-2 text-sm"
      data-testid="push-done"
    >
      <p className="font-medium text-emerald-200">Pushed</p>
      <UriRow label="Digest" value={digest} testId="push-digest" />
      <UriRow label="Image" value={imageUri} testId="push-image-uri" />
      <UriRow label="Pinned" value={pinnedUri} testId="push-pinned-uri" />
      <Link
        href={`/ecr/${encodeURIComponent(repository)}`}
        className="inline-block text-sky-400 hover:underline"
        data-testid="push-repository-link"
      >
        Open repository {repository} →
      </Link>
    </div>
  );
}

function UriRow({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="flex items-center gap-2">
      <span className="w-14 shrink-0 text-xs text-slate-400">{label}</span>
      <span className="min-w-0 flex-1 break-all font-mono text-xs" data-testid={testId}>
        {value}
      </span>
      <CopyButton text={value} />
    </div>
  );
}
