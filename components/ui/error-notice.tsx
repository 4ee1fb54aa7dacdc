import { ApiError } from "@/lib/client/api";

const BOX = "rounded-md border border-rose-800 bg-rose-950/60 px-3 py-2 text-sm text-rose-100";

/**
 * The one place errors are shown: "Unable to <action>" plus the server's message. An
 * engine that is down is the banner's to explain (components/layout/docker-status.tsx):
 * here it is one quiet line, so the page does not repeat the banner.
 */
export function ErrorNotice({ error, action }: { error: unknown; action?: string }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof ApiError ? error.code : null;
  if (code === "docker_unavailable") {
    return (
      <p
        role="status"
        data-testid="engine-waiting"
        title={message}
        className="text-sm text-amber-200/80"
      >
        Waiting for the Docker engine…
      </p>
    );
  }
  return (
    // The message says what went wrong in words; the code (`conflict`...) is for programs.
    <div role="alert" data-testid="error-notice" data-code={code ?? undefined} className={BOX}>
      {action && <p className="font-medium">Unable to {action}</p>}
      <p className="whitespace-pre-wrap break-words">{message}</p>
    </div>
  );
}
