"use client";

import { useState } from "react";
import { useTagImage } from "@/components/images/use-images";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { ErrorNotice } from "@/components/ui/error-notice";
import { checkNewTag } from "@/lib/images/reference";
import type { ImageTagResult } from "@/lib/images/types";

const INPUT = "mt-1 w-full rounded-md border border-slate-700 bg-slate-950 px-2 py-1.5 font-mono";

/** Gives an image another name; the same grammar check as the server, as one types. */
export function TagImageDialog({
  open,
  imageRef,
  onClose,
  onTagged,
}: {
  open: boolean;
  imageRef: string;
  onClose: () => void;
  onTagged?: (result: ImageTagResult) => void;
}) {
  const [tag, setTag] = useState("");
  const tagging = useTagImage();
  const check = tag === "" ? null : checkNewTag(tag);

  const close = () => {
    setTag("");
    tagging.reset();
    onClose();
  };
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!check?.ok) return;
    // The mutation keeps the error; the dialog shows it and stays open.
    const result = await tagging.mutateAsync({ ref: imageRef, tag }).catch(() => null);
    if (!result) return;
    onTagged?.(result);
    close();
  };

  return (
    <Dialog open={open} title={`Tag ${imageRef}`} onClose={close}>
      <form onSubmit={submit} className="space-y-3 text-sm" data-testid="tag-dialog">
        <label className="block">
          <span className="text-slate-300">New name (repository[:tag])</span>
          <input
            value={tag}
            onChange={(e) => setTag(e.target.value)}
            placeholder="localhost:5000/team/app:v1"
            autoFocus
            spellCheck={false}
            data-testid="tag-input"
            className={INPUT}
          />
        </label>
        {check && !check.ok && (
          <p className="text-amber-300" data-testid="tag-problem">
            {check.problem}
          </p>
        )}
        {check?.ok && (
          <p className="text-slate-400" data-testid="tag-preview">
            Repository <code>{check.reference.repository}</code>, tag{" "}
            <code>{check.reference.tag}</code>
          </p>
        )}
        <ErrorNotice error={tagging.error} action="tag the image" />
        <DialogActions onCancel={close}>
          <Button
            type="submit"
            variant="primary"
            disabled={!check?.ok || tagging.isPending}
            data-testid="tag-submit"
          >
            {tagging.isPending ? "Tagging…" : "Tag"}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
