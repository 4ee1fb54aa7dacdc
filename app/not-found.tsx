import Link from "next/link";

export const metadata = { title: "Not found · Slipway" };

/** Any address no page serves, in Slipway's own frame and colours. */
export default function NotFound() {
  return (
    <div className="mx-auto mt-16 max-w-md space-y-3 text-center" data-testid="not-found">
      <p className="font-mono text-sm text-slate-500">404</p>
      <h1 className="text-xl font-semibold text-white">There is no page at this address</h1>
      <p className="text-sm text-slate-400">
        The link may be old, or the address mistyped. Images and containers have pages of their own
        under Images and Containers.
      </p>
      <Link
        href="/"
        data-testid="not-found-home"
        className="inline-block text-sm text-sky-300 hover:underline"
      >
        ← Back to the overview
      </Link>
    </div>
  );
}
