"use client";

import { type ReactNode, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { ErrorNotice } from "@/components/ui/error-notice";

/** Destructive actions are confirmed; the dialog stays open with the error on failure. */
export function ConfirmDialog({
  open,
  title,
  body,
  confirmLabel,
  onConfirm,
  onClose,
  children,
}: {
  open: boolean;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
  onClose: () => void;
  children?: ReactNode;
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
        <ErrorNotice error={error} />
        <DialogActions onCancel={close}>
          <Button variant="danger" onClick={confirm} disabled={busy} data-testid="confirm">
            {busy ? "Working…" : confirmLabel}
          </Button>
        </DialogActions>
      </div>
    </Dialog>
  );
}
