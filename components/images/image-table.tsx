"use client";

import Link from "next/link";
import type { ImageAction } from "@/components/images/image-actions";
import { ImageActions } from "@/components/images/image-actions";
import type { ImageRow } from "@/components/images/image-rows";
import { imagePageHref } from "@/components/images/use-images";
import { formatBytes } from "@/lib/format/bytes";
import { ago } from "@/lib/format/time";
import type { ImageContainer } from "@/lib/images/types";

export function ImageTable({
  rows,
  onAction,
}: {
  rows: readonly ImageRow[];
  onAction: (action: ImageAction) => void;
}) {
  if (rows.length === 0) {
    return (
      <p className="text-sm text-slate-400" data-testid="images-empty">
        No images match.
      </p>
    );
  }
  return (
    // Fixed layout: a long name is cut short (its whole text in the tooltip) instead of
    // widening the table, and the actions column stays in view at the right.
    <div className="overflow-x-auto">
      <table
        className="w-full min-w-[44rem] table-fixed text-left text-sm"
        data-testid="image-table"
      >
        <thead className="border-b border-slate-800 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th className="py-2 pr-3 font-medium">Name</th>
            <th className="w-28 py-2 pr-3 font-medium">Id</th>
            <th className="w-20 py-2 pr-3 font-medium">Size</th>
            <th className="w-24 py-2 pr-3 font-medium">Created</th>
            <th className="w-[22%] py-2 pr-3 font-medium">Used by</th>
            <th className={`w-[12.5rem] py-2 ${STICKY}`}>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={`${row.image.id}-${row.ref}`}
              data-testid={`image-row-${row.ref}`}
              className="border-b border-slate-800/70 align-top"
            >
              <td className="py-2 pr-3">
                <NameCell row={row} />
                <OtherTags row={row} />
              </td>
              <td className="py-2 pr-3 font-mono text-xs text-slate-400">{row.image.shortId}</td>
              <td className="whitespace-nowrap py-2 pr-3">{formatBytes(row.image.size)}</td>
              <td className="whitespace-nowrap py-2 pr-3" title={row.image.created}>
                {ago(Date.parse(row.image.created))}
              </td>
              <td className="py-2 pr-3">
                <UsedBy containers={row.image.containers} />
              </td>
              <td className={`py-2 ${STICKY}`}>
                <ImageActions imageRef={row.ref} image={row.image} onAction={onAction} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const STICKY = "sticky right-0 bg-slate-900 pl-2";

function NameCell({ row }: { row: ImageRow }) {
  return (
    <div className="flex min-w-0 items-baseline gap-2">
      <Link
        href={imagePageHref(row.ref)}
        data-testid="image-link"
        title={row.label}
        className="min-w-0 truncate font-mono text-sky-300 hover:underline"
      >
        {row.label}
      </Link>
      {row.image.dangling && (
        <span
          data-testid="image-dangling"
          className="shrink-0 rounded bg-amber-900/60 px-1.5 py-0.5 text-xs text-amber-200"
        >
          dangling
        </span>
      )}
    </div>
  );
}

function OtherTags({ row }: { row: ImageRow }) {
  if (row.otherTags.length === 0) return null;
  return (
    <p
      className="mt-0.5 truncate text-xs text-slate-500"
      data-testid="image-other-tags"
      title={`also ${row.otherTags.join(", ")}`}
    >
      also{" "}
      {row.otherTags.map((tag, i) => (
        <span key={tag}>
          {i > 0 && ", "}
          <Link href={imagePageHref(tag)} className="font-mono hover:text-sky-300">
            {tag}
          </Link>
        </span>
      ))}
    </p>
  );
}

export function UsedBy({ containers }: { containers: readonly ImageContainer[] }) {
  if (containers.length === 0) return <span className="text-slate-500">—</span>;
  return (
    <ul className="min-w-0 space-y-0.5" data-testid="image-used-by">
      {containers.map((c) => (
        <li key={c.id} className="flex min-w-0 items-baseline gap-1.5 whitespace-nowrap">
          <Link
            href={`/containers/${c.id}`}
            title={c.name}
            className="min-w-0 truncate text-sky-300 hover:underline"
          >
            {c.name}
          </Link>
          <span
            className={`shrink-0 ${c.state === "running" ? "text-emerald-400" : "text-slate-500"}`}
          >
            {c.state}
          </span>
        </li>
      ))}
    </ul>
  );
}
