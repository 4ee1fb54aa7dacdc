import Link from "next/link";

/**
 * Cancel stops Slipway's flow, not ECS: what was done stays done, and a service
 * already updated keeps rolling out. `servicePage` links there (omitted on it).
 */
export function CancelledNote({ servicePage }: { servicePage?: string }) {
  return (
    <p
      className="rounded-md border border-amber-800 bg-amber-950/40 p-3 text-sm text-amber-100"
      data-testid="flow-cancelled-note"
    >
      Cancelled: Slipway stopped this flow, not ECS. The service keeps the revision set so far, and
      ECS keeps rolling it out
      {servicePage ? (
        <>
          ; follow it on{" "}
          <Link href={servicePage} className="underline">
            the service page
          </Link>
          .
        </>
      ) : (
        "; its rollout is shown on this page."
      )}
    </p>
  );
}
