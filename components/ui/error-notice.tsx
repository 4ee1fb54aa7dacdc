import { ApiError } from "@/lib/client/api";

/** The one place errors are shown: "Unable to <action>" plus the server's message. */
export function ErrorNotice({ error, action }: { error: unknown; action?: string }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof ApiError ? error.code : null;
  return (
    <div
      role="alert"
      data-testid="error-notice"
      className="rounded-md border border-rose-800 bg-rose-950/60 px-3 py-2 text-sm text-rose-100"
    >
      {action && <p className="font-medium">Unable to {action}</p>}
      <p className="whitespace-pre-wrap break-words">{message}</p>
      {code && <p className="mt-1 text-xs text-rose-300">{code}</p>}
    </div>
  );
}
