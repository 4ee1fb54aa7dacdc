"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/error-notice";
import { PageHeader } from "@/components/ui/page-header";
import type { CreatedContainer } from "@/lib/containers/types";
import { plural } from "@/lib/format/plural";
import { ContainersTable } from "./containers-table";
import { useContainers } from "./queries";
import { RunDialog } from "./run-dialog";
import { RunResult } from "./run-result";

/** The containers page: running or all, and the run dialog (opened by `?run=<image>`). */
export function ContainersView({ runImage }: { runImage: string | null }) {
  const router = useRouter();
  const [all, setAll] = useState(true);
  // Each opening starts a fresh form: the key changes with `opened`.
  const [runDialog, setRunDialog] = useState<{ image: string; opened: number } | null>(
    runImage === null ? null : { image: runImage, opened: 0 },
  );
  const [started, setStarted] = useState<CreatedContainer | null>(null);
  const { data, error, isPending } = useContainers(all);

  const closeDialog = () => {
    setRunDialog(null);
    // Drop ?run= so that a reload does not open the dialog again.
    if (runImage !== null) router.replace("/containers");
  };

  return (
    <div>
      <PageHeader
        title="Containers"
        subtitle={data ? countLabel(data.length, all) : undefined}
        actions={
          <>
            <fieldset className="flex rounded-md border border-slate-700 p-0.5">
              <legend className="sr-only">Show</legend>
              <FilterButton active={!all} onClick={() => setAll(false)} testId="filter-running">
                Running
              </FilterButton>
              <FilterButton active={all} onClick={() => setAll(true)} testId="filter-all">
                All
              </FilterButton>
            </fieldset>
            <Button
              variant="primary"
              data-testid="run-button"
              onClick={() => setRunDialog({ image: "", opened: Date.now() })}
            >
              Run container
            </Button>
          </>
        }
      />
      {started && <RunResult started={started} onDismiss={() => setStarted(null)} />}
      <ErrorNotice error={error} action="list containers" />
      {isPending && <p className="text-sm text-slate-400">Loading containers…</p>}
      {data && data.length === 0 && (
        <p className="rounded-lg border border-dashed border-slate-700 p-6 text-sm text-slate-400">
          {all ? "No containers on this engine yet." : "No container is running."} Run one from an
          image with “Run container”.
        </p>
      )}
      {data && data.length > 0 && <ContainersTable containers={data} />}
      <RunDialog
        key={runDialog ? `${runDialog.opened}:${runDialog.image}` : "closed"}
        open={runDialog !== null}
        initialImage={runDialog?.image ?? ""}
        onClose={closeDialog}
        onStarted={(created) => {
          setStarted(created);
          closeDialog();
        }}
      />
    </div>
  );
}

const countLabel = (n: number, all: boolean) => (all ? plural(n, "container") : `${n} running`);

const FILTER_ON = "bg-slate-700 text-white";
const FILTER_OFF = "text-slate-400 hover:text-white";

function FilterButton(props: {
  active: boolean;
  onClick: () => void;
  testId: string;
  children: string;
}) {
  return (
    <button
      type="button"
      onClick={props.onClick}
      data-testid={props.testId}
      aria-pressed={props.active}
      className={`rounded px-2.5 py-1 text-sm ${props.active ? FILTER_ON : FILTER_OFF}`}
    >
      {props.children}
    </button>
  );
}
