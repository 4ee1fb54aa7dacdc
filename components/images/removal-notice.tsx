import type { ImageRemoval } from "@/lib/images/types";

const NOTICE =
  "mb-3 flex items-start justify-between gap-3 rounded-md border border-emerald-800 " +
  "bg-emerald-950/50 px-3 py-2 text-sm text-emerald-100";

/** What a removal did: a tag taken off, or the image deleted. */
export function RemovalNotice({
  removal,
  onDismiss,
}: {
  removal: ImageRemoval | null;
  onDismiss: () => void;
}) {
  if (!removal) return null;
  const short = removal.id.replace(/^sha256:/, "").slice(0, 12);
  const untagged = removal.untagged.join(", ");
  const text = removal.imageRemoved
    ? `Removed image ${short}${untagged ? ` (untagged ${untagged})` : ""}.`
    : `Untagged ${untagged}; image ${short} stays under its other names.`;
  return (
    <div role="status" data-testid="image-removal-result" className={NOTICE}>
      <p>{text}</p>
      <button type="button" onClick={onDismiss} aria-label="Dismiss" className="text-emerald-300">
        ✕
      </button>
    </div>
  );
}
