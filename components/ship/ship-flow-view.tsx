"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { SectionTitle } from "@/components/ecs/counts";
import { CancelledNote } from "@/components/flows/cancelled-note";
import { FlowSteps } from "@/components/flows/flow-steps";
import { FlowSummary } from "@/components/flows/flow-summary";
import { useFlow } from "@/components/flows/use-flow";
import { ShipHistory } from "@/components/ship/ship-history";
import { serviceHref } from "@/components/ship/ship-links";
import { shipStepDetail } from "@/components/ship/ship-step-detail";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/error-notice";
import { Facts } from "@/components/ui/facts";
import { PageHeader } from "@/components/ui/page-header";
import { getJson, sendJson } from "@/lib/client/api";
import type { Flow } from "@/lib/flows/types";

/**
 * A ship (or rollback) as it runs on the server: its steps live, the public URL once
 * a task has one, and the service's history. Closing the page does not stop it.
 */
export function ShipFlowView({ id }: { id: string }) {
  const url = `/api/ship/${id}`;
  const live = useFlow(url);
  // The first answer, and the error when there is no such flow (the stream just fails).
  const first = useQuery({
    queryKey: ["ship", id],
    queryFn: () => getJson<Flow>(url),
    retry: false,
  });
  const cancel = useMutation({ mutationFn: () => sendJson("POST", `${url}/cancel`) });
  const flow = live.flow ?? first.data;

  if (!flow) {
    return first.error ? (
      <ErrorNotice error={first.error} action={`show ship ${id}`} />
    ) : (
      <p className="text-sm text-slate-400">Loading…</p>
    );
  }
  const text = (key: string) => (typeof flow.result[key] === "string" ? flow.result[key] : "");
  const cluster = flow.subject.cluster ?? "";
  const service = flow.subject.service ?? "";
  const servicePage = serviceHref({ cluster, service });

  return (
    <div className="max-w-5xl space-y-4">
      <PageHeader
        title={`${flow.kind === "rollback" ? "Rollback" : "Ship"} of ${service}`}
        subtitle={<span className="font-mono text-xs">{flow.id}</span>}
      />
      <FlowSummary
        flow={flow}
        connection={live.connection}
        actions={
          flow.state === "running" && (
            <Button
              onClick={() => cancel.mutate()}
              disabled={cancel.isPending}
              data-testid="ship-cancel"
            >
              Cancel
            </Button>
          )
        }
      />
      <ErrorNotice error={cancel.error} action="cancel the ship" />
      {flow.state === "cancelled" && <CancelledNote servicePage={servicePage} />}
      <PublicUrl url={text("publicUrl")} />
      <Facts
        testId="ship-facts"
        rows={[
          [
            "Service",
            <Link
              key="s"
              href={servicePage}
              className="text-sky-300 hover:underline"
              data-testid="ship-service-link"
            >
              {service} in {cluster}
            </Link>,
          ],
          [
            "Image",
            <span key="i" className="font-mono text-xs" data-testid="ship-image-uri">
              {text("imageUri") || "—"}
            </span>,
          ],
          [
            "Digest",
            <span key="d" className="font-mono text-xs" data-testid="ship-digest">
              {text("digest") || "—"}
            </span>,
          ],
          [
            "Revision",
            <span key="r" className="font-mono text-xs" data-testid="ship-revision">
              {text("taskDefinition") || "—"}
            </span>,
          ],
        ]}
      />
      <FlowSteps flow={flow} renderDetail={shipStepDetail(servicePage)} />
      <SectionTitle>{`Ship history of ${service}`}</SectionTitle>
      <ShipHistory cluster={cluster} service={service} watch={`${flow.id}:${flow.state}`} />
    </div>
  );
}

/** The app's address: a link offered, never followed by Slipway (or its tests). */
function PublicUrl({ url }: { url: string }) {
  if (!url) return null;
  return (
    <p className="rounded-md border border-emerald-800 bg-emerald-950/40 p-3 text-sm text-emerald-100">
      The app answers at{" "}
      <a
        href={url}
        target="_blank"
        rel="noreferrer noopener"
        className="font-mono underline"
        data-testid="ship-public-url"
      >
        {url}
      </a>
    </p>
  );
}
