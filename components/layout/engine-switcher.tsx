"use client";

import { useState } from "react";
import { useChooseEngine, useEngines } from "@/components/engines/use-engines";

// The engine this browser works on, chosen in the header of every page. The list is
// not pinged here (that waits on every engine): the settings page tests them.

export function EngineSwitcher() {
  const { data } = useEngines(false);
  const choose = useChooseEngine();
  const [problem, setProblem] = useState<string | null>(null);
  if (!data || data.engines.length < 2) return null;
  const active = data.engines.find((engine) => engine.active)?.id ?? "local";
  return (
    <span className="flex items-center gap-1 text-xs">
      <select
        aria-label="Docker engine"
        data-testid="engine-switcher"
        className="rounded border border-slate-700 bg-slate-900 px-1.5 py-1 text-slate-200"
        value={active}
        onChange={(e) => {
          setProblem(null);
          choose(e.target.value).catch((error: Error) => setProblem(error.message));
        }}
      >
        {data.engines.map((engine) => (
          <option key={engine.id} value={engine.id}>
            {engine.name}
          </option>
        ))}
      </select>
      {problem ? <span className="text-rose-300">{problem}</span> : null}
    </span>
  );
}
