import { CleanupView } from "@/components/cleanup/cleanup-view";

export const metadata = { title: "Clean up · Slipway" };

type Search = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) =>
  typeof value === "string" ? value : undefined;

/** /cleanup?app=|cluster=|cluster=&service= to start from a target; /cleanup?run=<id> for a run. */
export default async function CleanupPage({ searchParams }: { searchParams: Promise<Search> }) {
  const query = await searchParams;
  const defaults = {
    app: one(query.app),
    cluster: one(query.cluster),
    service: one(query.service),
  };
  const run = one(query.run) ?? null;
  // A new run id remounts the view, so it follows that run from its start.
  return <CleanupView key={run ?? "plan"} defaults={defaults} runId={run} />;
}
