"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useAwsScope } from "@/components/aws/use-aws";
import type { EcrImage, Repository } from "@/components/ecr/types";
import { repositoryPath } from "@/components/ecr/types";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const name = repository?.name ?? "";
  const images = useQuery({
    queryKey: awsKeys.images(scope ?? { profile: null, region: null }, name),
    queryFn: () => getJson<EcrImage[]>(`${repositoryPath(name)}/images`),
    enabled: repository !== null && scope !== null,
  });
  const count = images.data?.length ?? 0;

  // Images go with the repository only once the box says so: until then there is nothing to click.
  const blocked = images.isLoading || (count > 0 && !force);

  const close = () => {
    setForce(false);
    setError(null);
    onClose();
  };
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await apiFetch(`${repositoryPath(name)}${count > 0 ? "?force=true" : ""}`, {
        method: "DELETE",
      });
      close();
      onDeleted();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={repository !== null} title={`Delete repository ${name}`} onClose={close}>
      <div className="space-y-4 text-sm">
        <div className="text-slate-300">
          {images.isLoading
            ? "Looking for images in it…"
            : count === 0
              ? "The repository is empty. Deleting it cannot be undone."
              : `The repository holds ${plural(count, "image")}:`}
        </div>
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
        <ErrorNotice error={error} action="delete the repository" />
        <DialogActions onCancel={close}>
          <Button
            variant="danger"
            onClick={confirm}
            disabled={busy || blocked}
            data-testid="confirm"
          >
            {busy ? "Working…" : count > 0 ? "Delete with its images" : "Delete"}
          </Button>
        </DialogActions>
      </div>
    </Dialog>
  );
}
