"use client";

import Link from "next/link";
import { useEffect } from "react";
import { Cell, NoteRow, Table } from "@/components/aws/table";
import { FlowStateBadge } from "@/components/flows/flow-state-badge";
import { serviceHref } from "@/components/ship/ship-links";
import { useShipHistory } from "@/components/ship/use-ship-choices";
import { ErrorNotice } from "@/components/ui/error-notice";
import { duration } from "@/lib/format/time";

const HEAD = ["When", "What", "Outcome", "Image digest", "Revision", "Took"];

/**
 * A service's ships and rollbacks, newest first, or (no service named) the latest of
 * every service; each opens its flow. A change of `watch` (a flow shown beside it that
 * moved on) reads the history again.
 */
export function ShipHistory({
  cluster,
  service,
  watch = "",
}: {
  cluster?: string;
  service?: string;
  watch?: string;
}) {
  const one = cluster && service ? { cluster, service } : null;
  const history = useShipHistory(one);
  const head = one ? HEAD : [...HEAD.slice(0, 1), "Service", ...HEAD.slice(1)];
  const { refetch } = history;
  // biome-ignore lint/correctness/useExhaustiveDependencies: read again when `watch` changes
  useEffect(() => {
    if (watch) void refetch();
  }, [watch]);
  return (
    <>
      <ErrorNotice error={history.error} action="read the ship history" />
      <Table head={head} testId="ship-history">
        {history.isLoading && <NoteRow span={head.length}>Loading…</NoteRow>}
        {history.data?.length === 0 && (
          <NoteRow span={head.length}>
            Nothing shipped {one ? `to ${one.service} ` : ""}from Slipway yet.
          </NoteRow>
        )}
        {history.data?.map((entry) => (
          <tr key={entry.id} data-testid="ship-history-row" data-outcome={entry.outcome}>
            <Cell>
              <Link href={`/ship/${entry.id}`} className="text-sky-300 hover:underline">
                {new Date(entry.startedAt).toLocaleString()}
              </Link>
            </Cell>
            {!one && (
              <Cell>
                <Link href={serviceHref(entry)} className="text-sky-300 hover:underline">
                  {entry.service}
                </Link>
                <span className="text-xs text-slate-500"> in {entry.cluster}</span>
              </Cell>
            )}
            <Cell>{entry.kind}</Cell>
            <Cell>
              <FlowStateBadge state={entry.outcome} />
              {entry.failure && (
                <span className="ml-2 text-xs text-rose-300" title={entry.failure.message}>
                  at {entry.failure.step ?? "start"}
                </span>
              )}
            </Cell>
            <Cell mono>
              <span title={entry.digest ?? ""}>{entry.digest?.slice(0, 19) ?? "—"}</span>
            </Cell>
            <Cell mono>{entry.revision ?? "—"}</Cell>
            <Cell>{entry.durationMs === null ? "running" : duration(entry.durationMs)}</Cell>
          </tr>
        ))}
      </Table>
    </>
  );
}
