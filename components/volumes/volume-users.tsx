import Link from "next/link";
import { stateTone } from "@/components/ui/facts";
import { seg } from "@/lib/client/api";
import type { VolumeUser } from "@/lib/volumes/types";

/** The containers mounting a volume, with where, linked to their pages. */
export function VolumeUsers({ users }: { users: readonly VolumeUser[] }) {
  if (users.length === 0) return <span className="text-slate-500">unused</span>;
  return (
    <ul className="space-y-0.5" data-testid="volume-users">
      {users.map((user) => (
        <li key={user.id} data-testid={`volume-user-${user.name}`}>
          <Link href={`/containers/${seg(user.id)}`} className="text-sky-300 hover:underline">
            {user.name}
          </Link>{" "}
          <span className={stateTone(user.state)}>{user.state}</span>{" "}
          <span className="font-mono text-xs text-slate-500">
            {user.destination}
            {user.readOnly && " (ro)"}
          </span>
        </li>
      ))}
    </ul>
  );
}
