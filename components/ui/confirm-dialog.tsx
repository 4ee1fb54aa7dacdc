"use client";

import { type ReactNode, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { ErrorNotice } from "@/components/ui/error-notice";

/**
 * Destructive actions are confirmed; the dialog stays open with the error on failure.
 * `blockedBy` says why the action cannot run now (the server would refuse): the button
 * is disabled and the reason shown, instead of an error after the click.
 */
export function ConfirmDialog({
  open,
  title,
  body,
  confirmLabel,
  onConfirm,
  onClose,
  children,
  blockedBy,
  canConfirm = true,
}: {
  open: boolean;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
  onClose: () => void;
  children?: ReactNode;
  blockedBy?: string | null;
  /** False when there is nothing to confirm (the body says why): only Close is offered. */
  canConfirm?: boolean;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const close = () => {
    setError(null);
    onClose();
  };
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      close();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} title={title} onClose={close}>
      <div className="space-y-4 text-sm">
        <div className="text-slate-300">{body}</div>
        {children}
        {blockedBy && (
          <p className="text-amber-200" data-testid="confirm-blocked">
            {blockedBy}
          </p>
        )}
        <ErrorNotice error={error} />
        <DialogActions onCancel={close} cancelLabel={canConfirm ? "Cancel" : "Close"}>
          {canConfirm && (
            <Button
              variant="danger"
              onClick={confirm}
              disabled={busy || Boolean(blockedBy)}
              title={blockedBy ?? undefined}
              data-testid="confirm"
            >
              {busy ? "Working…" : confirmLabel}
            </Button>
          )}
        </DialogActions>
      </div>
    </Dialog>
  );
}
