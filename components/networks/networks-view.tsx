"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/error-notice";
import { PageHeader } from "@/components/ui/page-header";
import { dockerKeys } from "@/lib/client/query-keys";
import { count } from "@/lib/format/count";
import { CreateNetworkDialog } from "./create-network-dialog";
import { type NetworkAction, NetworkActionDialogs } from "./network-dialogs";
import { NetworksTable } from "./networks-table";
import { useNetworks } from "./queries";

/** The networks page: subnets, attached containers, create, connect, disconnect, remove. */
export function NetworksView() {
  const networks = useNetworks();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [action, setAction] = useState<NetworkAction | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const done = (message: string) => {
    setAction(null);
    setCreating(false);
    setNotice(message);
    queryClient.invalidateQueries({ queryKey: dockerKeys.networks() });
    queryClient.invalidateQueries({ queryKey: dockerKeys.containers() });
  };
  const custom = networks.data?.filter((n) => !n.predefined).length ?? 0;

  return (
    <div>
      <PageHeader
        title="Networks"
        subtitle={
          networks.data && `${count(networks.data.length, "network")}, ${custom} of your own`
        }
        actions={
          <Button variant="primary" onClick={() => setCreating(true)} data-testid="network-create">
            Create network
          </Button>
        }
      />
      {notice && (
        <p role="status" className="mb-3 text-sm text-emerald-300" data-testid="network-notice">
          {notice}
        </p>
      )}
      <ErrorNotice error={networks.error} action="list networks" />
      {networks.isPending && <p className="text-sm text-slate-400">Loading networks…</p>}
      {networks.data && <NetworksTable networks={networks.data} onAction={setAction} />}
      {creating && (
        <CreateNetworkDialog
          onClose={() => setCreating(false)}
          onCreated={(network) => done(`Created network ${network.name}`)}
        />
      )}
      <NetworkActionDialogs action={action} onClose={() => setAction(null)} onDone={done} />
    </div>
  );
}
