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
    <table className="w-full text-left text-sm" data-testid="image-table">
      <thead className="border-b border-slate-800 text-xs uppercase tracking-wide text-slate-500">
        <tr>
          <th className="py-2 pr-3 font-medium">Name</th>
          <th className="py-2 pr-3 font-medium">Id</th>
          <th className="py-2 pr-3 font-medium">Size</th>
          <th className="py-2 pr-3 font-medium">Created</th>
          <th className="py-2 pr-3 font-medium">Used by</th>
          <th className="py-2 font-medium" />
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
            </td>
            <td className="py-2 pr-3 font-mono text-xs text-slate-400">{row.image.shortId}</td>
            <td className="py-2 pr-3 whitespace-nowrap">{formatBytes(row.image.size)}</td>
            <td className="py-2 pr-3 whitespace-nowrap" title={row.image.created}>
              {ago(Date.parse(row.image.created))}
            </td>
            <td className="py-2 pr-3">
              <UsedBy containers={row.image.containers} />
            </td>
            <td className="py-2">
              <ImageActions imageRef={row.ref} image={row.image} onAction={onAction} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function NameCell({ row }: { row: ImageRow }) {
  return (
    <div className="min-w-0">
      <Link
        href={imagePageHref(row.ref)}
        data-testid="image-link"
        className="break-all font-mono text-sky-300 hover:underline"
      >
        {row.label}
      </Link>
      {row.image.dangling && (
        <span
          data-testid="image-dangling"
          className="ml-2 rounded bg-amber-900/60 px-1.5 py-0.5 text-xs text-amber-200"
        >
          dangling
        </span>
      )}
      {row.otherTags.length > 0 && (
        <p className="mt-0.5 text-xs text-slate-500" data-testid="image-other-tags">
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
      )}
    </div>
  );
}

export function UsedBy({ containers }: { containers: readonly ImageContainer[] }) {
  if (containers.length === 0) return <span className="text-slate-500">—</span>;
  return (
    <ul className="space-y-0.5" data-testid="image-used-by">
      {containers.map((c) => (
        <li key={c.id}>
          <Link href={`/containers/${c.id}`} className="text-sky-300 hover:underline">
            {c.name}
          </Link>{" "}
          <span className={c.state === "running" ? "text-emerald-400" : "text-slate-500"}>
            {c.state}
          </span>
        </li>
      ))}
    </ul>
  );
}
