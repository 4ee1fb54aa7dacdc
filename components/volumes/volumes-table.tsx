import Link from "next/link";
import { Button } from "@/components/ui/button";
import { TableShell } from "@/components/ui/table-shell";
import { formatBytes } from "@/lib/format/bytes";
import { ago } from "@/lib/format/time";
import type { VolumeSummary } from "@/lib/volumes/types";
import { volumeHref } from "./queries";
import { VolumeUsers } from "./volume-users";

export function VolumesTable({
  volumes,
  onRemove,
}: {
  volumes: readonly VolumeSummary[];
  onRemove: (volume: VolumeSummary) => void;
}) {
  return (
    <TableShell
      testId="volumes-table"
      columns={["Name", "Driver", "Size", "Created", "Used by", ""]}
    >
      {volumes.map((volume) => (
        <tr key={volume.name} data-testid={`volume-row-${volume.name}`} className="align-top">
          <td className="max-w-md px-3 py-2">
            <Link
              href={volumeHref(volume.name)}
              data-testid="volume-link"
              className="break-all font-mono text-sky-300 hover:underline"
            >
              {volume.name}
            </Link>
          </td>
          <td className="px-3 py-2">{volume.driver}</td>
          <td className="whitespace-nowrap px-3 py-2" data-testid="volume-size">
            {volume.size === null ? "—" : formatBytes(volume.size)}
          </td>
          <td className="whitespace-nowrap px-3 py-2" title={volume.created ?? undefined}>
            {volume.created ? ago(Date.parse(volume.created)) : "—"}
          </td>
          <td className="px-3 py-2">
            <VolumeUsers users={volume.containers} />
          </td>
          <td className="px-3 py-2 text-right">
            <Button
              variant="ghost"
              onClick={() => onRemove(volume)}
              data-testid="volume-remove"
              className="text-rose-300"
            >
              Remove
            </Button>
          </td>
        </tr>
      ))}
    </TableShell>
  );
}
