"use client";

import { useEffect, useRef, useState } from "react";
import { AnsiText } from "@/components/ui/ansi-text";
import { plural } from "@/lib/format/plural";

/** A step's output lines, folded away once the step is done; follows new lines. */
export function StepOutput({ lines, open }: { lines: string[]; open: boolean }) {
  const [shown, setShown] = useState(open);
  const panel = useRef<HTMLPreElement>(null);

  useEffect(() => setShown(open), [open]);
  useEffect(() => {
    const element = panel.current;
    if (element && shown && lines.length > 0) element.scrollTop = element.scrollHeight;
  }, [lines, shown]);

  if (lines.length === 0) return null;
  return (
    <div className="mt-2">
      <button
        type="button"
        className="text-xs text-slate-400 hover:text-slate-200"
        onClick={() => setShown(!shown)}
        aria-expanded={shown}
      >
        {shown ? "Hide output" : `Show output (${plural(lines.length, "line")})`}
      </button>
      {shown && (
        <pre
          ref={panel}
          className="mt-1 max-h-64 overflow-auto rounded bg-slate-950 p-2 font-mono text-xs leading-5 text-slate-300"
        >
          {lines.map((line, i) => (
            // Lines have no identity of their own; the list only grows at its end.
            // biome-ignore lint/suspicious/noArrayIndexKey: append-only output
            <div key={i}>
              <AnsiText text={line} />
            </div>
          ))}
        </pre>
      )}
    </div>
  );
}
