"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getJson, seg, sendJson } from "@/lib/client/api";
import { dockerKeys } from "@/lib/client/query-keys";
import type { ImageDetails, ImageRemoval, ImageSummary, ImageTagResult } from "@/lib/images/types";

// The images area's calls. Engine events invalidate dockerKeys.images(), under which
// every image's own key sits, so lists and pages follow changes made elsewhere.

const imagePath = (ref: string) => `/api/docker/images/${seg(ref)}`;

export function useImages() {
  return useQuery({
    queryKey: dockerKeys.images(),
    queryFn: () => getJson<ImageSummary[]>("/api/docker/images"),
  });
}

export function useImage(ref: string, enabled = true) {
  return useQuery({
    queryKey: dockerKeys.image(ref),
    queryFn: () => getJson<ImageDetails>(imagePath(ref)),
    enabled,
  });
}

export function useTagImage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ ref, tag }: { ref: string; tag: string }) =>
      sendJson<ImageTagResult>("POST", `${imagePath(ref)}/tag`, { tag }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dockerKeys.images() }),
  });
}

export function useRemoveImage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ ref, force }: { ref: string; force: boolean }) =>
      sendJson<ImageRemoval>("DELETE", `${imagePath(ref)}?force=${force}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dockerKeys.images() }),
  });
}

/** Where the containers page opens its run dialog for an image. */
export const runImageHref = (ref: string) => `/containers?run=${encodeURIComponent(ref)}`;

export const imagePageHref = (ref: string) => `/images/${seg(ref)}`;
