"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { PushToEcrDialog } from "@/components/ecr/push-to-ecr-dialog";
import {
  type ImageAction,
  ImageActionDialogs,
  ImageActions,
} from "@/components/images/image-actions";
import { ImageConfigSections } from "@/components/images/image-config";
import { ImageHistory, ImageLayers } from "@/components/images/image-layers";
import { UsedBy } from "@/components/images/image-table";
import { Section } from "@/components/images/section";
import { useImage } from "@/components/images/use-images";
import { SHIP_LINK, shipImageHref } from "@/components/ship/ship-links";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/error-notice";
import { PageHeader } from "@/components/ui/page-header";
import { formatBytes } from "@/lib/format/bytes";
import { ago } from "@/lib/format/time";
import type { ImageDetails } from "@/lib/images/types";

/** One image's page, for the name (or id) in the address. */
export function ImageDetailsView({ imageRef }: { imageRef: string }) {
  const image = useImage(imageRef);
  const router = useRouter();
  const [action, setAction] = useState<ImageAction | null>(null);
  const [pushing, setPushing] = useState(false);

  if (image.isPending) return <p className="text-sm text-slate-400">Loading {imageRef}…</p>;
  if (image.error) {
    return (
      <div className="space-y-3">
        <ErrorNotice error={image.error} action={`show image ${imageRef}`} />
        <BackToImages />
      </div>
    );
  }
  const details = image.data;

  return (
    <div className="space-y-6" data-testid="image-details">
      <BackToImages />
      <PageHeader
        title={
          <span className="font-mono" title={imageRef}>
            {imageRef}
          </span>
        }
        subtitle={<ImageFacts details={details} />}
        actions={
          <div className="flex gap-1.5">
            <Link href={shipImageHref(imageRef)} className={SHIP_LINK} data-testid="image-ship">
              Ship
            </Link>
            <Button onClick={() => setPushing(true)} data-testid="image-push-ecr">
              Push to ECR
            </Button>
            <ImageActions imageRef={imageRef} image={details} onAction={setAction} />
          </div>
        }
      />
      <Section title="Names" testId="image-names">
        <NameList details={details} />
      </Section>
      <Section title="Used by" testId="image-containers">
        <UsedBy containers={details.containers} />
      </Section>
      <ImageConfigSections config={details.config} />
      <ImageLayers layers={details.layers} />
      <ImageHistory steps={details.history} />
      <PushToEcrDialog open={pushing} imageRef={imageRef} onClose={() => setPushing(false)} />
      <ImageActionDialogs
        action={action}
        onClose={() => setAction(null)}
        onRemoved={() => router.push("/images")}
      />
    </div>
  );
}

function BackToImages() {
  return (
    <Link
      href="/images"
      data-testid="back-to-images"
      className="inline-block text-sm text-slate-400 hover:text-white"
    >
      ← Images
    </Link>
  );
}

function ImageFacts({ details }: { details: ImageDetails }) {
  return (
    <span className="flex flex-wrap gap-x-4 gap-y-1" data-testid="image-facts">
      <span className="font-mono" title={details.id}>
        {details.shortId}
      </span>
      <span>{formatBytes(details.size)}</span>
      <span title={details.created}>created {ago(Date.parse(details.created))}</span>
      <span>
        {details.os}/{details.architecture}
      </span>
      {details.dangling && <span className="text-amber-300">dangling</span>}
    </span>
  );
}

function NameList({ details }: { details: ImageDetails }) {
  const names = [...details.tags, ...details.digests];
  if (names.length === 0) return <p className="text-slate-500">No names: a dangling image.</p>;
  return (
    <ul className="space-y-0.5 font-mono text-sm">
      {names.map((name) => (
        <li key={name} data-testid="image-name">
          {name}
        </li>
      ))}
    </ul>
  );
}
