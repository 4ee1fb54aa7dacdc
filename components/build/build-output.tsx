"use client";

import { useEffect, useRef } from "react";
import type { OutputEntry } from "@/components/build/use-build";
import { AnsiText } from "@/components/ui/ansi-text";

const PANEL_CLASS = [
  "h-[28rem] overflow-auto rounded-md border border-slate-800 bg-slate-950 p-3",
  "font-mono text-xs leading-5 text-slate-300",
].join(" ");

/** The engine's output as it comes: steps stand out, colours are rendered. */
export function BuildOutput({
  entries,
  truncated,
  running,
  failure,
}: {
  entries: OutputEntry[];
  truncated: boolean;
  running: boolean;
  /** A failed build's step and message, marked where they happened. */
  failure?: { step?: string; message: string };
}) {
  const panel = useRef<HTMLDivElement>(null);
  const stickToBottom = useRef(true);

  // Follow new output unless the reader has scrolled up to read.
  useEffect(() => {
    const element = panel.current;
    const shown = entries.length + (failure ? 1 : 0);
    if (element && stickToBottom.current && shown > 0) {
      element.scrollTop = element.scrollHeight;
    }
  }, [entries, failure]);

  const onScroll = () => {
    const element = panel.current;
    if (!element) return;
    stickToBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < 40;
  };

  return (
    <div
      ref={panel}
      onScroll={onScroll}
      data-testid="build-output"
      aria-live="polite"
      aria-busy={running}
      className={PANEL_CLASS}
    >
      {truncated && <p className="text-slate-500">… earlier lines are not shown</p>}
      {entries.length === 0 && (
        <p className="text-slate-500">{running ? "Starting the build…" : "No output yet."}</p>
      )}
      {entries.map((entry) => (
        <Line key={entry.id} entry={entry} failed={entry.text === failure?.step} />
      ))}
      {failure && (
        <p className="mt-2 whitespace-pre-wrap break-words font-semibold text-rose-400">
          {failure.message}
        </p>
      )}
    </div>
  );
}

function Line({ entry, failed }: { entry: OutputEntry; failed: boolean }) {
  if (entry.kind === "step") {
    const colour = failed ? "text-rose-400" : "text-sky-300";
    return (
      <p
        data-testid="build-step"
        data-failed={failed || undefined}
        className={`mt-2 font-semibold first:mt-0 ${colour}`}
      >
        {entry.text}
      </p>
    );
  }
  if (entry.kind === "progress") {
    return <p className="text-slate-400">{entry.text}</p>;
  }
  const builder = entry.text.startsWith(" ---> ") || entry.text.startsWith("Removing intermediate");
  return (
    <p className={`whitespace-pre-wrap break-all ${builder ? "text-slate-500" : ""}`}>
      <AnsiText text={entry.text} />
    </p>
  );
}
