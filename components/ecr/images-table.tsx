"use client";

import { useState } from "react";
import { Cell, NoteRow, Table } from "@/components/aws/table";
import type { EcrImage } from "@/components/ecr/types";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { apiFetch } from "@/lib/client/api";
import { formatBytes } from "@/lib/format/bytes";
import { ago } from "@/lib/format/time";

const HEAD = ["Tags", "Digest", "Size", "Pushed", "Scan", ""];

export function ImagesTable({
  imagesPath,
  images,
  loading,
  onDeleted,
}: {
  imagesPath: string;
  images: EcrImage[] | undefined;
  loading: boolean;
  onDeleted: () => void;
}) {
  const [deleting, setDeleting] = useState<EcrImage | null>(null);
  return (
    <>
      <Table head={HEAD} testId="images">
        {loading && <NoteRow span={HEAD.length}>Loading…</NoteRow>}
        {images?.length === 0 && (
          <NoteRow span={HEAD.length}>No images yet: push one with the commands above.</NoteRow>
        )}
        {images?.map((image) => (
          <tr key={image.digest} data-testid="image-row">
            <Cell>{image.tags.length ? image.tags.join(", ") : <em>untagged</em>}</Cell>
            <Cell mono>
              <span title={image.digest}>{image.digest.slice(0, 19)}…</span>
            </Cell>
            <Cell>{image.sizeBytes === null ? "—" : formatBytes(image.sizeBytes)}</Cell>
            <Cell>{image.pushedAt ? ago(Date.parse(image.pushedAt)) : "—"}</Cell>
            <Cell>{scanText(image.scan)}</Cell>
            <Cell>
              <Button variant="ghost" onClick={() => setDeleting(image)} data-testid="delete-image">
                Delete
              </Button>
            </Cell>
          </tr>
        ))}
      </Table>
      <ConfirmDialog
        open={deleting !== null}
        title="Delete image"
        body={`Delete ${describeImage(deleting)}? Every tag on it goes too.`}
        confirmLabel="Delete image"
        onConfirm={async () => {
          await apiFetch(`${imagesPath}/${encodeURIComponent(deleting?.digest ?? "")}`, {
            method: "DELETE",
          });
          onDeleted();
        }}
        onClose={() => setDeleting(null)}
      />
    </>
  );
}

function describeImage(image: EcrImage | null): string {
  const tags = image?.tags.join(", ") || "this untagged image";
  return `${tags} (${image?.digest ?? ""})`;
}

function scanText(scan: EcrImage["scan"]): string {
  if (!scan) return "not scanned";
  const counts = Object.entries(scan.findings);
  if (counts.length > 0) {
    return counts.map(([severity, n]) => `${n} ${severity.toLowerCase()}`).join(", ");
  }
  return scan.status === "COMPLETE" ? "no findings" : (scan.status ?? "—");
}
