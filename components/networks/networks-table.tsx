import Link from "next/link";
import { Button } from "@/components/ui/button";
import { TableShell } from "@/components/ui/table-shell";
import type { NetworkSummary } from "@/lib/networks/types";
import { MemberList, SubnetList } from "./member-list";
import type { NetworkAction } from "./network-dialogs";
import { networkHref } from "./queries";

export function NetworksTable({
  networks,
  onAction,
}: {
  networks: readonly NetworkSummary[];
  onAction: (action: NetworkAction) => void;
}) {
  return (
    <TableShell testId="networks-table" columns={["Name", "Driver", "Subnet", "Containers", ""]}>
      {networks.map((network) => (
        <tr key={network.id} data-testid={`network-row-${network.name}`} className="align-top">
          <td className="px-3 py-2">
            <Link
              href={networkHref(network.id)}
              data-testid="network-link"
              className="font-mono text-sky-300 hover:underline"
            >
              {network.name}
            </Link>
            <p className="font-mono text-xs text-slate-500">{network.shortId}</p>
            <Flags network={network} />
          </td>
          <td className="px-3 py-2">
            {network.driver}
            <span className="text-slate-500"> · {network.scope}</span>
          </td>
          <td className="px-3 py-2">
            <SubnetList subnets={network.subnets} />
          </td>
          <td className="px-3 py-2">
            <MemberList
              members={network.containers}
              onDisconnect={
                network.predefined && network.driver !== "bridge"
                  ? undefined
                  : (member) => onAction({ kind: "disconnect", network, member })
              }
            />
          </td>
          <td className="whitespace-nowrap px-3 py-2 text-right">
            <NetworkButtons network={network} onAction={onAction} />
          </td>
        </tr>
      ))}
    </TableShell>
  );
}

export function NetworkButtons({
  network,
  onAction,
}: {
  network: NetworkSummary;
  onAction: (action: NetworkAction) => void;
}) {
  // host and none take no further containers; the default bridge does.
  const connectable = !network.predefined || network.name === "bridge";
  return (
    <span className="inline-flex gap-1">
      {connectable && (
        <Button
          variant="ghost"
          onClick={() => onAction({ kind: "connect", network })}
          data-testid="network-connect"
        >
          Connect
        </Button>
      )}
      <Button
        variant="ghost"
        className="text-rose-300"
        disabled={network.predefined}
        title={network.predefined ? "The engine's own networks cannot be removed" : undefined}
        onClick={() => onAction({ kind: "remove", network })}
        data-testid="network-remove"
      >
        Remove
      </Button>
    </span>
  );
}

function Flags({ network }: { network: NetworkSummary }) {
  const flags = [
    network.predefined && "predefined",
    network.internal && "internal",
    network.ipv6 && "IPv6",
    network.attachable && "attachable",
  ].filter(Boolean) as string[];
  if (flags.length === 0) return null;
  return (
    <p className="mt-0.5 flex gap-1">
      {flags.map((flag) => (
        <span key={flag} className="rounded bg-slate-800 px-1.5 py-0.5 text-xs text-slate-300">
          {flag}
        </span>
      ))}
    </p>
  );
}
