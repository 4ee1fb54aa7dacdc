"use client";

import { useMemo, useState } from "react";
import { type ImageAction, ImageActionDialogs } from "@/components/images/image-actions";
import { describeImageCounts, filterImageRows, toImageRows } from "@/components/images/image-rows";
import { ImageTable } from "@/components/images/image-table";
import { PullImageDialog } from "@/components/images/pull-image-dialog";
import { RemovalNotice } from "@/components/images/removal-notice";
import { useImages } from "@/components/images/use-images";
import { RegistriesDialog } from "@/components/registries/registries-dialog";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/error-notice";
import { Checkbox } from "@/components/ui/fields";
import { PageHeader } from "@/components/ui/page-header";
import type { ImageRemoval } from "@/lib/images/types";

/** The images page: one row per name, a filter, and the dangling switch. */
export function ImageList() {
  const images = useImages();
  const [filter, setFilter] = useState("");
  const [showDangling, setShowDangling] = useState(true);
  const [action, setAction] = useState<ImageAction | null>(null);
  const [removal, setRemoval] = useState<ImageRemoval | null>(null);
  const [dialog, setDialog] = useState<"pull" | "registries" | null>(null);

  const rows = useMemo(() => toImageRows(images.data ?? []), [images.data]);
  const shown = filterImageRows(rows, filter, showDangling);

  return (
    <div>
      <PageHeader
        title="Images"
        subtitle={images.data && describeImageCounts(images.data)}
        actions={
          <>
            <Button onClick={() => setDialog("registries")} data-testid="open-registries">
              Registries
            </Button>
            <Button variant="primary" onClick={() => setDialog("pull")} data-testid="open-pull">
              Pull image
            </Button>
          </>
        }
      />
      <div className="mb-3 flex flex-wrap items-center gap-4 text-sm">
        <input
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          placeholder="Filter by name, id or container"
          data-testid="image-filter"
          className="w-72 rounded-md border border-slate-700 bg-slate-950 px-2 py-1.5"
        />
        <Checkbox checked={showDangling} onChange={setShowDangling} testId="image-show-dangling">
          Show dangling images
        </Checkbox>
      </div>
      <RemovalNotice removal={removal} onDismiss={() => setRemoval(null)} />
      <ErrorNotice error={images.error} action="list images" />
      {images.isPending && <p className="text-sm text-slate-400">Loading images…</p>}
      {images.data && <ImageTable rows={shown} onAction={setAction} />}
      <ImageActionDialogs action={action} onClose={() => setAction(null)} onRemoved={setRemoval} />
      <PullImageDialog open={dialog === "pull"} onClose={() => setDialog(null)} />
      <RegistriesDialog open={dialog === "registries"} onClose={() => setDialog(null)} />
    </div>
  );
}
