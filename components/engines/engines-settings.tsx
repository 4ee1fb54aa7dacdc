"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { AddEngineForm } from "@/components/engines/add-engine-form";
import { RemoveEngineDialog } from "@/components/engines/remove-engine-dialog";
import { useChooseEngine, useEngines } from "@/components/engines/use-engines";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/error-notice";
import { PageHeader } from "@/components/ui/page-header";
import { engineKeys } from "@/lib/client/query-keys";
import type { EngineView } from "@/lib/engines/address";

// Settings › Engines: the engines this Slipway knows, whether each answers, which one
// this browser works on; add one, test it, remove it (after a confirmation), choose it.

export function EnginesSettings() {
  const list = useEngines(true);
  const queryClient = useQueryClient();
  const choose = useChooseEngine();
  const [failure, setFailure] = useState<unknown>(null);
  const [removing, setRemoving] = useState<EngineView | null>(null);
  const act = (task: () => Promise<unknown>) => {
    setFailure(null);
    task()
      .then(() => queryClient.invalidateQueries({ queryKey: engineKeys.all }))
      .catch(setFailure);
  };

  return (
    <div className="max-w-4xl">
      <PageHeader
        title="Engines"
        subtitle="Docker engines Slipway can show. The local engine needs no setup; saved ones live in engines.json under SLIPWAY_DATA_DIR."
        actions={
          <Button onClick={() => act(() => list.refetch())} data-testid="engines-test-all">
            Test connections
          </Button>
        }
      />
      {list.error ? <ErrorNotice error={list.error} action="list the engines" /> : null}
      {failure ? <ErrorNotice error={failure} /> : null}
      {list.data?.problems.map((problem) => (
        <p key={problem} className="mb-2 text-sm text-amber-300" data-testid="engines-problem">
          {problem}
        </p>
      ))}
      <table className="mb-8 w-full text-left text-sm" data-testid="engines-table">
        <thead className="text-xs uppercase text-slate-500">
          <tr>
            <th className="py-2">Name</th>
            <th>Address</th>
            <th>TLS</th>
            <th>Answers</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {list.data?.engines.map((engine) => (
            <EngineRow
              key={engine.id}
              engine={engine}
              onChoose={() => act(() => choose(engine.id))}
              onRemove={() => setRemoving(engine)}
            />
          ))}
        </tbody>
      </table>
      <RemoveEngineDialog
        engine={removing}
        onClose={() => setRemoving(null)}
        onRemoved={() => queryClient.invalidateQueries({ queryKey: engineKeys.all })}
      />
      <AddEngineForm onAdded={() => queryClient.invalidateQueries({ queryKey: engineKeys.all })} />
    </div>
  );
}

function EngineRow(props: { engine: EngineView; onChoose: () => void; onRemove: () => void }) {
  const { engine } = props;
  const answer =
    engine.answers === undefined
      ? "…"
      : engine.answers
        ? `yes${engine.version ? ` · Docker ${engine.version}` : ""}`
        : "no";
  return (
    <tr className="border-t border-slate-800" data-testid={`engine-row-${engine.id}`}>
      <td className="py-2 font-medium text-slate-100">
        {engine.name}
        {engine.active ? <span className="ml-2 text-xs text-emerald-400">active</span> : null}
      </td>
      <td className="font-mono text-xs text-slate-300">{engine.address}</td>
      <td className="text-slate-400">{engine.tls ? "on" : "off"}</td>
      <td
        className={engine.answers === false ? "text-amber-300" : "text-slate-300"}
        title={engine.error}
        data-testid="engine-answers"
      >
        {answer}
      </td>
      <td className="flex justify-end gap-2 py-1.5">
        {!engine.active ? (
          <Button onClick={props.onChoose} data-testid="engine-choose">
            Use
          </Button>
        ) : null}
        {!engine.builtIn ? (
          <Button variant="danger" onClick={props.onRemove} data-testid="engine-remove">
            Remove
          </Button>
        ) : null}
      </td>
    </tr>
  );
}
