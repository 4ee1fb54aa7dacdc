import Link from "next/link";
import { stateTone } from "@/components/ui/facts";
import { seg } from "@/lib/client/api";
import type { NetworkMember } from "@/lib/networks/types";

/** Containers on a network with their addresses; each may be disconnected. */
export function MemberList({
  members,
  onDisconnect,
}: {
  members: readonly NetworkMember[];
  onDisconnect?: (member: NetworkMember) => void;
}) {
  if (members.length === 0) return <span className="text-slate-500">none</span>;
  return (
    <ul className="space-y-0.5" data-testid="network-members">
      {members.map((member) => (
        <li key={member.id} data-testid={`network-member-${member.name}`} className="group">
          <Link href={`/containers/${seg(member.id)}`} className="text-sky-300 hover:underline">
            {member.name}
          </Link>{" "}
          <span className={stateTone(member.state)}>{member.state}</span>{" "}
          <span className="font-mono text-xs text-slate-400" data-testid="member-ip">
            {[member.ipv4, member.ipv6].filter(Boolean).join(", ") || "no address"}
          </span>
          {onDisconnect && (
            <button
              type="button"
              onClick={() => onDisconnect(member)}
              className="ml-2 text-xs text-slate-500 hover:text-rose-300"
              data-testid="member-disconnect"
              aria-label={`Disconnect ${member.name}`}
            >
              disconnect
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

/** `10.42.0.0/16 via 10.42.0.1`, one line per subnet. */
export function SubnetList({
  subnets,
}: {
  subnets: ReadonlyArray<{ subnet: string; gateway: string | null }>;
}) {
  if (subnets.length === 0) return <span className="text-slate-500">—</span>;
  return (
    <ul className="font-mono text-xs" data-testid="network-subnets">
      {subnets.map((s) => (
        <li key={s.subnet}>
          {s.subnet}
          {s.gateway && <span className="text-slate-400"> via {s.gateway}</span>}
        </li>
      ))}
    </ul>
  );
}
