"use client";

import { BuildForm } from "@/components/build/build-form";
import { BuildOutput } from "@/components/build/build-output";
import { BuildResult } from "@/components/build/build-result";
import { useBuild } from "@/components/build/use-build";

/** The build page's body: the form, the final state, and the live output. */
export function BuildView({ initialContext }: { initialContext: string }) {
  const { state, output, start, cancel } = useBuild();
  const running = state.phase === "running";
  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,28rem)_minmax(0,1fr)]">
      <BuildForm
        initialContext={initialContext}
        running={running}
        onBuild={(request) => void start(request)}
        onCancel={cancel}
      />
      <section className="min-w-0 space-y-3" aria-label="Build output">
        <BuildResult state={state} />
        <BuildOutput
          entries={output.entries}
          truncated={output.truncated}
          running={running}
          failure={state.phase === "failed" ? state : undefined}
        />
      </section>
    </div>
  );
}
