"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useCallback, useState } from "react";
import { type ShipFormState, shipBody, shipProblems } from "@/components/ship/ship-form-state";
import { SourceFields } from "@/components/ship/source-fields";
import { TargetFields } from "@/components/ship/target-fields";
import { useShipDefaults } from "@/components/ship/use-ship-defaults";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/error-notice";
import { sendJson } from "@/lib/client/api";

/**
 * The short form that starts a ship. The server checks everything again before the
 * flow starts; on success the page moves to the flow, which goes on without it.
 */
export function ShipForm({
  initial,
  serviceRevision = "",
}: {
  initial: ShipFormState;
  /** The revision of the service shipped to, when the page was opened from it. */
  serviceRevision?: string;
}) {
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [tried, setTried] = useState(false);
  const set = useCallback(
    (change: Partial<ShipFormState>) => setValues((current) => ({ ...current, ...change })),
    [],
  );
  useShipDefaults(values, set, serviceRevision);
  const problems = shipProblems(values);
  const start = useMutation({
    mutationFn: () => sendJson<{ id: string }>("POST", "/api/ship", shipBody(values)),
    onSuccess: ({ id }) => router.push(`/ship/${id}`),
  });

  // An old error speaks of values the user has since changed: an edit clears it.
  const { reset } = start;
  const edit = useCallback(
    (change: Partial<ShipFormState>) => {
      reset();
      set(change);
    },
    [reset, set],
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(problems).length === 0) start.mutate();
  };
  const shown = tried ? problems : {};

  return (
    <form className="max-w-4xl space-y-5" onSubmit={submit} data-testid="ship-form">
      <SourceFields values={values} set={edit} problems={shown} />
      <TargetFields values={values} set={edit} problems={shown} />
      <ErrorNotice error={start.error} action="start the ship" />
      {tried && problems.form && <p className="text-sm text-rose-300">{problems.form}</p>}
      <Button type="submit" variant="primary" disabled={start.isPending} data-testid="ship-submit">
        {start.isPending ? "Checking…" : "Ship"}
      </Button>
    </form>
  );
}
