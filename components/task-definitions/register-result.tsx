import Link from "next/link";
import { DroppedKeys } from "@/components/task-definitions/json-editor";
import { type Registered, revisionPage } from "@/components/task-definitions/types";

/** What registering did: the new revision, keys dropped from pasted JSON, log groups. */
export function RegisterResult({ result }: { result: Registered }) {
  const ref = result.taskDefinition.ref;
  return (
    <div
      className="space-y-2 rounded-md border border-emerald-800 bg-emerald-950/40 px-3 py-2 text-sm"
      data-testid="registered"
    >
      <p className="text-emerald-100">
        Registered{" "}
        <Link
          href={revisionPage(ref)}
          className="font-mono underline"
          data-testid="registered-link"
        >
          {ref}
        </Link>
      </p>
      {result.logGroups.map((g) => (
        <p
          key={`${g.region}/${g.group}`}
          className="text-slate-300"
          data-testid="log-group-outcome"
        >
          Log group <span className="font-mono">{g.group}</span> ({g.region}){" "}
          {g.created ? "created" : "already existed"}.
        </p>
      ))}
      {result.dropped.length > 0 && <DroppedKeys dropped={result.dropped} when="were" />}
    </div>
  );
}
