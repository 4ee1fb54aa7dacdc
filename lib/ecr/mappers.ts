import "server-only";
import type { ImageDetail, Repository } from "@aws-sdk/client-ecr";

// ECR's shapes mapped to what the pages show. Dates become ISO strings; absent
// values are null.

export interface RepositorySummary {
  name: string;
  uri: string;
  arn: string;
  registryId: string;
  createdAt: string | null;
  tagMutability: "MUTABLE" | "IMMUTABLE" | string;
  scanOnPush: boolean;
  imageCount: number;
}

export interface ImageSummary {
  digest: string;
  tags: string[];
  sizeBytes: number | null;
  pushedAt: string | null;
  mediaType: string | null;
  scan: ScanSummary | null;
}

export interface ScanSummary {
  status: string | null;
  description: string | null;
  completedAt: string | null;
  /** Findings by severity, e.g. {CRITICAL: 1, HIGH: 3}. */
  findings: Record<string, number>;
}

export function toRepositorySummary(repository: Repository, imageCount: number): RepositorySummary {
  return {
    name: repository.repositoryName ?? "",
    uri: repository.repositoryUri ?? "",
    arn: repository.repositoryArn ?? "",
    registryId: repository.registryId ?? "",
    createdAt: iso(repository.createdAt),
    tagMutability: repository.imageTagMutability ?? "MUTABLE",
    scanOnPush: repository.imageScanningConfiguration?.scanOnPush ?? false,
    imageCount,
  };
}

export function toImageSummary(image: ImageDetail): ImageSummary {
  const summary = image.imageScanFindingsSummary;
  const scanned = image.imageScanStatus || summary;
  return {
    digest: image.imageDigest ?? "",
    tags: image.imageTags ?? [],
    sizeBytes: image.imageSizeInBytes ?? null,
    pushedAt: iso(image.imagePushedAt),
    mediaType: image.imageManifestMediaType ?? null,
    scan: scanned
      ? {
          status: image.imageScanStatus?.status ?? null,
          description: image.imageScanStatus?.description ?? null,
          completedAt: iso(summary?.imageScanCompletedAt),
          findings: { ...(summary?.findingSeverityCounts ?? {}) },
        }
      : null,
  };
}

export function iso(date: Date | undefined): string | null {
  return date ? date.toISOString() : null;
}
