"use client";

import { useState } from "react";
import { LayerProgressView } from "@/components/images/layer-progress";
import { usePull } from "@/components/images/use-pull";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { checkImageReference } from "@/lib/images/reference";

const INPUT = "mt-1 w-full rounded-md border border-slate-700 bg-slate-950 px-2 py-1.5 font-mono";

/** Pulls an image by reference with the saved credentials of its registry. */
export function PullImageDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [reference, setReference] = useState("");
  const pull = usePull();
  const check = reference.trim() === "" ? null : checkImageReference(reference.trim());
  const running = pull.state.phase === "running";

  const close = () => {
    pull.reset();
    setReference("");
    onClose();
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (check?.ok && !running) void pull.start(reference.trim());
  };

  return (
    <Dialog open={open} title="Pull image" onClose={close} wide>
      <form onSubmit={submit} className="space-y-3 text-sm" data-testid="pull-dialog">
        <label className="block">
          <span className="text-slate-300">Image reference</span>
          <input
            value={reference}
            onChange={(e) => setReference(e.target.value)}
            placeholder="registry.example.com:5000/team/app:v1"
            autoFocus
            spellCheck={false}
            disabled={running}
            data-testid="pull-reference"
            className={INPUT}
          />
        </label>
        {check && !check.ok && (
          <p className="text-amber-300" data-testid="pull-problem">
            {check.problem}
          </p>
        )}
        <p className="text-xs text-slate-400">
          Credentials saved for the image's registry (see Registries) are used.
        </p>
        {pull.state.phase !== "idle" && (
          <LayerProgressView progress={pull.progress} operation="pull" />
        )}
        <PullOutcome state={pull.state} />
        <DialogActions
          onCancel={running ? pull.cancel : close}
          cancelLabel={running || pull.state.phase === "idle" ? "Cancel" : "Close"}
        >
          <Button
            type="submit"
            variant="primary"
            disabled={!check?.ok || running}
            data-testid="pull-submit"
          >
            {running ? "Pulling…" : "Pull"}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

function PullOutcome({ state }: { state: ReturnType<typeof usePull>["state"] }) {
  if (state.phase === "succeeded") {
    return (
      <p className="text-emerald-300" data-testid="pull-done">
        Pulled {state.result.reference} ({state.result.imageId.replace(/^sha256:/, "").slice(0, 12)}
        )
      </p>
    );
  }
  if (state.phase === "failed") {
    return (
      <p
        role="alert"
        className="rounded-md border border-rose-800 bg-rose-950/60 px-3 py-2 text-rose-200"
        data-testid="pull-failure"
        data-code={state.code}
      >
        {state.message}
      </p>
    );
  }
  if (state.phase === "cancelled") return <p className="text-slate-400">Pull cancelled.</p>;
  return null;
}
