"use client";

import Link from "next/link";
import { Cell, NoteRow, Table } from "@/components/aws/table";
import {
  type FamilySummary,
  newRevisionPage,
  type RevisionStatus,
  revisionPage,
} from "@/components/task-definitions/types";
import { Button } from "@/components/ui/button";

const HEAD = ["Family", "Revision", ""];

/** A row per revision, grouped by family; what can be done depends on the status. */
export function FamiliesTable({
  families,
  status,
  loading,
  onAction,
}: {
  families: FamilySummary[] | undefined;
  status: RevisionStatus;
  loading: boolean;
  onAction: (kind: "deregister" | "delete", ref: string) => void;
}) {
  return (
    <Table head={HEAD} testId="task-definitions">
      {loading && <NoteRow span={HEAD.length}>Loading…</NoteRow>}
      {families?.length === 0 && (
        <NoteRow span={HEAD.length}>
          {status === "ACTIVE"
            ? "No task definitions yet in this region."
            : "No inactive revisions in this region."}
        </NoteRow>
      )}
      {families?.flatMap((family) =>
        family.revisions.map((r, index) => (
          <tr key={r.arn} data-testid="revision-row" data-family={family.family} data-ref={r.ref}>
            <Cell>
              {index === 0 && <span className="font-medium text-white">{family.family}</span>}
            </Cell>
            <Cell>
              <Link
                href={revisionPage(r.ref)}
                className="font-mono text-sky-300 hover:underline"
                data-testid="revision-link"
              >
                {r.ref}
              </Link>
              {status === "ACTIVE" && r.revision === family.latest && (
                <span className="ml-2 text-xs text-slate-500">latest</span>
              )}
            </Cell>
            <Cell>
              <div className="flex justify-end gap-1">
                {status === "ACTIVE" ? (
                  <>
                    <Link
                      href={newRevisionPage(r.ref)}
                      className="rounded-md px-3 py-1.5 text-sm text-slate-300 hover:bg-slate-800"
                      data-testid="new-revision"
                    >
                      New revision
                    </Link>
                    <Button
                      variant="ghost"
                      onClick={() => onAction("deregister", r.ref)}
                      data-testid="deregister"
                    >
                      Deregister
                    </Button>
                  </>
                ) : (
                  <Button
                    variant="ghost"
                    onClick={() => onAction("delete", r.ref)}
                    data-testid="delete-revision"
                  >
                    Delete
                  </Button>
                )}
              </div>
            </Cell>
          </tr>
        )),
      )}
    </Table>
  );
}
