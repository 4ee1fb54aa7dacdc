"use client";

import { useChooseEngine } from "@/components/engines/use-engines";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { sendJson } from "@/lib/client/api";
import { type EngineView, LOCAL_ENGINE_ID } from "@/lib/engines/address";

/**
 * Confirms forgetting a saved engine. Removing the one this browser works on switches it
 * to the local engine at once: the cookie, the header and every Docker view, not only
 * the table (the server would fall back to local anyway, but the page would not know).
 */
export function RemoveEngineDialog({
  engine,
  onClose,
  onRemoved,
}: {
  engine: EngineView | null;
  onClose: () => void;
  onRemoved: () => Promise<unknown>;
}) {
  const choose = useChooseEngine();
  return (
    <ConfirmDialog
      open={engine !== null}
      title={`Remove engine ${engine?.name ?? ""}`}
      body={
        <div className="space-y-2" data-testid="remove-engine-body">
          <p>
            Forget <span className="font-medium">{engine?.name}</span> (
            <span className="font-mono text-xs">{engine?.address}</span>)? Its containers and images
            stay on it; Slipway only stops showing them.
          </p>
          {engine?.active && (
            <p className="text-amber-200" data-testid="remove-engine-active">
              This browser works on this engine now: it switches to the local engine.
            </p>
          )}
        </div>
      }
      confirmLabel="Remove"
      onConfirm={async () => {
        if (!engine) return;
        await sendJson("DELETE", `/api/docker/engines/${encodeURIComponent(engine.id)}`);
        if (engine.active) await choose(LOCAL_ENGINE_ID);
        else await onRemoved();
      }}
      onClose={onClose}
    />
  );
}
