"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { INPUT } from "@/components/aws/field";
import { Cell, NoteRow, Table } from "@/components/aws/table";
import { useAwsScope } from "@/components/aws/use-aws";
import {
  type DefinitionChange,
  type FamilySummary,
  taskDefinitionKeys,
} from "@/components/task-definitions/types";
import { ErrorNotice } from "@/components/ui/error-notice";
import { getJson, seg } from "@/lib/client/api";

const KIND_CLASS: Record<DefinitionChange["kind"], string> = {
  added: "text-emerald-300",
  removed: "text-rose-300",
  changed: "text-amber-300",
};

/** The changes from another revision of the family to this one. */
export function RevisionDiff({ family, current }: { family: string; current: string }) {
  const scope = useAwsScope() ?? { profile: null, region: null };
  const [other, setOther] = useState("");
  const revisions = useQuery({
    queryKey: [...taskDefinitionKeys.all(scope), "all-revisions", family],
    queryFn: async () => {
      const lists = await Promise.all(
        ["ACTIVE", "INACTIVE"].map((status) =>
          getJson<FamilySummary[]>(
            `/api/ecs/task-definitions?status=${status}&family=${seg(family)}`,
          ),
        ),
      );
      return lists
        .flat()
        .flatMap((f) => f.revisions)
        .filter((r) => r.ref !== current)
        .sort((a, b) => b.revision - a.revision);
    },
  });
  const from = other || revisions.data?.[0]?.ref || "";
  const diff = useQuery({
    queryKey: taskDefinitionKeys.diff(scope, from, current),
    queryFn: () =>
      getJson<{ changes: DefinitionChange[] }>(
        `/api/ecs/task-definitions/diff?from=${seg(from)}&to=${seg(current)}`,
      ),
    enabled: from !== "",
  });

  if (revisions.data?.length === 0) {
    return (
      <p className="text-sm text-slate-400">
        {current} is the only revision of {family}.
      </p>
    );
  }
  return (
    <div className="space-y-3">
      <label className="flex items-center gap-2 text-sm text-slate-300">
        Changes from
        <select
          className={`${INPUT} w-56`}
          value={from}
          onChange={(e) => setOther(e.target.value)}
          data-testid="diff-from"
        >
          {revisions.data?.map((r) => (
            <option key={r.ref} value={r.ref}>
              {r.ref}
            </option>
          ))}
        </select>
        to <span className="font-mono">{current}</span>
      </label>
      <ErrorNotice error={revisions.error ?? diff.error} action="compare the revisions" />
      <Table head={["Where", "Change", "From", "To"]} testId="diff">
        {diff.isLoading && <NoteRow span={4}>Comparing…</NoteRow>}
        {diff.data?.changes.length === 0 && <NoteRow span={4}>No differences.</NoteRow>}
        {diff.data?.changes.map((c) => (
          <tr key={c.path} data-testid="diff-change" data-path={c.path}>
            <Cell mono>{c.path}</Cell>
            <Cell>
              <span className={KIND_CLASS[c.kind]}>{c.kind}</span>
            </Cell>
            <Cell mono>{show(c.from)}</Cell>
            <Cell mono>{show(c.to)}</Cell>
          </tr>
        ))}
      </Table>
    </div>
  );
}

const show = (value: unknown) =>
  value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value);
