"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Section } from "@/components/images/section";
import { ErrorNotice } from "@/components/ui/error-notice";
import { Facts, LabelChips } from "@/components/ui/facts";
import { PageHeader } from "@/components/ui/page-header";
import { dockerKeys } from "@/lib/client/query-keys";
import { MemberList, SubnetList } from "./member-list";
import { type NetworkAction, NetworkActionDialogs } from "./network-dialogs";
import { NetworkButtons } from "./networks-table";
import { useNetwork } from "./queries";

/** One network: addressing, flags, labels, driver options and attached containers. */
export function NetworkDetailView({ networkRef }: { networkRef: string }) {
  const network = useNetwork(networkRef);
  const router = useRouter();
  const queryClient = useQueryClient();
  const [action, setAction] = useState<NetworkAction | null>(null);

  if (network.isPending) return <p className="text-sm text-slate-400">Loading network…</p>;
  if (network.error) return <ErrorNotice error={network.error} action="show the network" />;
  const n = network.data;
  const options = Object.entries(n.options);

  const done = () => {
    const removed = action?.kind === "remove";
    setAction(null);
    if (removed) router.push("/networks");
    else queryClient.invalidateQueries({ queryKey: dockerKeys.networks() });
  };

  return (
    <div className="space-y-6" data-testid="network-detail">
      <PageHeader
        title={<span className="font-mono">{n.name}</span>}
        subtitle={`${n.driver} network, ${n.scope} scope`}
        actions={<NetworkButtons network={n} onAction={setAction} />}
      />
      <Section title="Overview" testId="network-overview">
        <Facts
          rows={[
            ["Id", <code key="id">{n.id}</code>],
            ["Subnets", <SubnetList key="s" subnets={n.subnets} />],
            ["IPAM driver", n.ipamDriver],
            ["Internal", n.internal ? "yes: no route to outside networks" : "no"],
            ["IPv6", n.ipv6 ? "enabled" : "no"],
            ["Created", n.created ? new Date(n.created).toLocaleString() : null],
            ["Labels", <LabelChips key="l" labels={n.labels} />],
          ]}
        />
      </Section>
      <Section title="Containers" testId="network-containers">
        <MemberList
          members={n.containers}
          onDisconnect={(member) => setAction({ kind: "disconnect", network: n, member })}
        />
      </Section>
      {options.length > 0 && (
        <Section title="Driver options" testId="network-options">
          <Facts rows={options.map(([key, value]) => [key, <code key={key}>{value}</code>])} />
        </Section>
      )}
      <NetworkActionDialogs action={action} onClose={() => setAction(null)} onDone={done} />
    </div>
  );
}
