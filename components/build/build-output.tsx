"use client";

import { useEffect, useRef } from "react";
import type { OutputEntry } from "@/components/build/use-build";
import { AnsiText } from "@/components/ui/ansi-text";

/** The engine's output as it comes: steps stand out, colours are rendered. */
export function BuildOutput({
  entries,
  truncated,
  running,
}: {
  entries: OutputEntry[];
  truncated: boolean;
  running: boolean;
}) {
  const panel = useRef<HTMLDivElement>(null);
  const stickToBottom = useRef(true);

  // Follow new output unless the reader has scrolled up to read.
  useEffect(() => {
    const element = panel.current;
    if (element && stickToBottom.current && entries.length > 0) {
      element.scrollTop = element.scrollHeight;
    }
  }, [entries]);

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
      className="h-[28rem] overflow-auto rounded-md border border-slate-800 bg-slate-950 p-3 font-mono text-xs leading-5 text-slate-300"
    >
      {truncated && <p className="text-slate-500">… earlier lines are not shown</p>}
      {entries.length === 0 && (
        <p className="text-slate-500">{running ? "Starting the build…" : "No output yet."}</p>
      )}
      {entries.map((entry) => (
        <Line key={entry.id} entry={entry} />
      ))}
    </div>
  );
}

function Line({ entry }: { entry: OutputEntry }) {
  if (entry.kind === "step") {
    return (
      <p data-testid="build-step" className="mt-2 font-semibold text-sky-300 first:mt-0">
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
