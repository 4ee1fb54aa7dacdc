"use client";

import { useEffect } from "react";
import { useRepositories } from "@/components/ecr/use-repositories";
import { useImage } from "@/components/images/use-images";
import type { ShipFormState } from "@/components/ship/ship-form-state";
import { useRevision } from "@/components/ship/use-ship-choices";
import { useRoles } from "@/components/task-definitions/pickers";
import { isInRepository } from "@/lib/ship/revision";

// Values the form can fill in itself once the data is there, never over what the
// person typed: the repository a service's app container runs from, the port a
// local image exposes, the account's task execution role.

export function useShipDefaults(
  values: ShipFormState,
  set: (change: Partial<ShipFormState>) => void,
  serviceRevision: string,
) {
  const repositories = useRepositories();
  const revision = useRevision(values.repository ? "" : serviceRevision);
  const image = useImage(values.image, values.source === "image" && values.image !== "");
  const roles = useRoles();

  useEffect(() => {
    if (values.repository || !revision.data || !repositories.data) return;
    const images = revision.data.containers.map((c) => c.image);
    const found = repositories.data.find((r) => images.some((i) => isInRepository(i, r.uri)));
    if (found) set({ repository: found.name });
  }, [values.repository, revision.data, repositories.data, set]);

  const exposed = image.data?.config.exposedPorts.find((p) => p.endsWith("/tcp"));
  useEffect(() => {
    if (values.containerPort || !exposed) return;
    set({ containerPort: exposed.replace("/tcp", "") });
  }, [values.containerPort, exposed, set]);

  useEffect(() => {
    if (values.target !== "first" || values.executionRoleArn || !roles.data) return;
    const usable = roles.data.roles.filter((r) => r.trustsEcsTasks);
    const role = usable.find((r) => r.name === "ecsTaskExecutionRole") ?? usable[0];
    if (role) set({ executionRoleArn: role.arn });
  }, [values.target, values.executionRoleArn, roles.data, set]);
}
