"use client";

import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { NetworkMember, NetworkSummary } from "@/lib/networks/types";
import { ConnectDialog } from "./connect-dialog";
import { disconnectContainer, removeNetwork } from "./queries";

/** What the networks page and a network's page can be asked to do. */
export type NetworkAction =
  | { kind: "connect"; network: NetworkSummary }
  | { kind: "disconnect"; network: NetworkSummary; member: NetworkMember }
  | { kind: "remove"; network: NetworkSummary };

/** The dialog for the action under way; `onDone` gets a line for the page to show. */
export function NetworkActionDialogs({
  action,
  onClose,
  onDone,
}: {
  action: NetworkAction | null;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  if (action?.kind === "connect") {
    return <ConnectDialog network={action.network} onClose={onClose} onDone={onDone} />;
  }
  const disconnect = action?.kind === "disconnect" ? action : null;
  const remove = action?.kind === "remove" ? action : null;
  return (
    <>
      <ConfirmDialog
        open={disconnect !== null}
        title="Disconnect container"
        body={
          <>
            Disconnect <span className="font-mono">{disconnect?.member.name}</span> from{" "}
            <span className="font-mono">{disconnect?.network.name}</span>?
          </>
        }
        confirmLabel="Disconnect"
        onConfirm={async () => {
          if (!disconnect) return;
          await disconnectContainer(disconnect.network.id, disconnect.member.id);
          onDone(`Disconnected ${disconnect.member.name} from ${disconnect.network.name}`);
        }}
        onClose={onClose}
      />
      <ConfirmDialog
        open={remove !== null}
        title={`Remove network ${remove?.network.name ?? ""}`}
        body={
          <>
            Remove the network <span className="font-mono">{remove?.network.name}</span>?
            {remove && remove.network.containers.length > 0 && (
              <span className="mt-2 block text-amber-200" data-testid="network-in-use">
                Containers are attached: the removal will be refused until they are disconnected.
              </span>
            )}
          </>
        }
        confirmLabel="Remove"
        onConfirm={async () => {
          if (!remove) return;
          await removeNetwork(remove.network.id);
          onDone(`Removed network ${remove.network.name}`);
        }}
        onClose={onClose}
      />
    </>
  );
}
