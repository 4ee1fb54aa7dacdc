import Link from "next/link";
import type { BuildState } from "@/components/build/use-build";
import { ErrorNotice } from "@/components/ui/error-notice";
import { seg } from "@/lib/client/api";

/** The build's final state in one place: what was built, or what failed and where. */
export function BuildResult({ state }: { state: BuildState }) {
  switch (state.phase) {
    case "idle":
      return null;
    case "running":
      return (
        <Status tone="running" title="Building…">
          The output below follows the engine step by step.
        </Status>
      );
    case "succeeded":
      return (
        <Status tone="ok" title={`Built ${state.tag}`}>
          <span className="font-mono" data-testid="build-image-id">
            {shortId(state.imageId)}
          </span>{" "}
          ·{" "}
          <Link
            href={`/images/${seg(state.tag)}`}
            data-testid="build-image-link"
            className="text-sky-300 underline hover:text-sky-200"
          >
            Open the image
          </Link>
        </Status>
      );
    case "failed":
      return (
        <Status tone="failed" title="Build failed">
          {state.step && (
            <p className="font-mono" data-testid="build-failure-step">
              {state.step}
            </p>
          )}
          <p className="whitespace-pre-wrap break-words" data-testid="build-failure-message">
            {state.message}
          </p>
        </Status>
      );
    case "cancelled":
      return (
        <Status tone="cancelled" title="Build cancelled">
          The build was stopped and no image was tagged.
        </Status>
      );
    case "refused":
      return (
        <div data-testid="build-status" data-state="refused">
          <ErrorNotice error={state.error} action="start the build" />
        </div>
      );
  }
}

const TONES = {
  running: "border-sky-800 bg-sky-950/50 text-sky-100",
  ok: "border-emerald-800 bg-emerald-950/60 text-emerald-100",
  failed: "border-rose-800 bg-rose-950/60 text-rose-100",
  cancelled: "border-amber-800 bg-amber-950/60 text-amber-100",
};

function Status({
  tone,
  title,
  children,
}: {
  tone: keyof typeof TONES;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <div
      role={tone === "failed" ? "alert" : "status"}
      data-testid="build-status"
      data-state={tone === "ok" ? "succeeded" : tone}
      className={`rounded-md border px-3 py-2 text-sm ${TONES[tone]}`}
    >
      <p className="font-medium">{title}</p>
      <div className="mt-0.5 space-y-1">{children}</div>
    </div>
  );
}

function shortId(id: string): string {
  return id.replace(/^sha256:/, "").slice(0, 12);
}
