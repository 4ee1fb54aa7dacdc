"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useAwsScope } from "@/components/aws/use-aws";
import type { EcrImage, Repository } from "@/components/ecr/types";
import { repositoryPath } from "@/components/ecr/types";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ErrorNotice } from "@/components/ui/error-notice";
import { apiFetch, getJson } from "@/lib/client/api";
import { awsKeys } from "@/lib/client/query-keys";
import { plural } from "@/lib/format/plural";

const IMAGE_LIST = "max-h-48 overflow-y-auto rounded border border-slate-800 p-2 font-mono text-xs";

/**
 * Deleting a repository: one that holds images names them, and is deleted with
 * them only after the box saying so is ticked (the API's `force`).
 */
export function DeleteRepositoryDialog({
  repository,
  onClose,
  onDeleted,
}: {
  repository: Repository | null;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const scope = useAwsScope();
  const [force, setForce] = useState(false);
  const name = repository?.name ?? "";
  const images = useQuery({
    queryKey: awsKeys.images(scope ?? { profile: null, region: null }, name),
    queryFn: () => getJson<EcrImage[]>(`${repositoryPath(name)}/images`),
    enabled: repository !== null && scope !== null,
  });
  const count = images.data?.length ?? 0;

  const close = () => {
    setForce(false);
    onClose();
  };
  const confirm = async () => {
    if (count > 0 && !force) throw new Error("Tick the box to delete the images with it.");
    await apiFetch(`${repositoryPath(name)}${count > 0 ? "?force=true" : ""}`, {
      method: "DELETE",
    });
    setForce(false);
    onDeleted();
  };

  return (
    <ConfirmDialog
      open={repository !== null}
      title={`Delete repository ${name}`}
      body={
        images.isLoading
          ? "Looking for images in it…"
          : count === 0
            ? "The repository is empty. Deleting it cannot be undone."
            : `The repository holds ${plural(count, "image")}:`
      }
      confirmLabel={count > 0 ? "Delete with its images" : "Delete"}
      onConfirm={confirm}
      onClose={close}
    >
      <ErrorNotice error={images.error} action="list the repository's images" />
      {count > 0 && (
        <div className="space-y-3" data-testid="repository-images-to-delete">
          <ul className={IMAGE_LIST}>
            {images.data?.map((image) => (
              <li key={image.digest} className="truncate">
                {image.tags.length ? image.tags.join(", ") : "(untagged)"} · {image.digest}
              </li>
            ))}
          </ul>
          <label className="flex items-center gap-2 text-sm text-rose-200">
            <input
              type="checkbox"
              checked={force}
              onChange={(e) => setForce(e.target.checked)}
              data-testid="force-delete"
            />
            Delete {count === 1 ? "this image" : `these ${plural(count, "image")}`} with the
            repository
          </label>
        </div>
      )}
    </ConfirmDialog>
  );
}
