import type { LayerProgress } from "@/components/images/use-layer-stream";
import { isLayerDone } from "@/lib/docker/layers";
import { formatBytes } from "@/lib/format/bytes";

/**
 * A bar per layer and one for the whole pull or push; a layer's size is known once it
 * moves. Test ids start with `operation`: `pull-progress`, `push-layer`...
 */
export function LayerProgressView({
  progress,
  operation,
}: {
  progress: LayerProgress;
  operation: "pull" | "push";
}) {
  const { total, layers, status } = progress;
  return (
    <div className="space-y-2 text-xs" data-testid={`${operation}-progress`}>
      {total && (
        <div data-testid={`${operation}-total`}>
          <Bar
            label={`Total: ${total.layersDone} of ${total.layers} layers`}
            current={total.current}
            total={total.total}
            done={total.layers > 0 && total.layersDone === total.layers}
          />
        </div>
      )}
      {status && <p className="truncate text-slate-400">{status}</p>}
      <ul className="space-y-1.5">
        {layers.map((layer) => (
          <li key={layer.id} data-testid={`${operation}-layer`} data-layer={layer.id}>
            <Bar
              label={`${layer.id} ${layer.status}`}
              current={layer.current}
              total={layer.total}
              done={isLayerDone(layer.status)}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}

function Bar({
  label,
  current,
  total,
  done,
}: {
  label: string;
  current?: number;
  total?: number;
  done: boolean;
}) {
  const share = done ? 1 : total && current !== undefined ? Math.min(current / total, 1) : 0;
  const bytes =
    total && current !== undefined ? `${formatBytes(current)} / ${formatBytes(total)}` : "";
  return (
    <div>
      <div className="flex justify-between gap-2 font-mono text-slate-300">
        <span className="truncate">{label}</span>
        <span className="shrink-0 text-slate-400">{bytes}</span>
      </div>
      <div
        className="mt-0.5 h-1.5 rounded bg-slate-800"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(share * 100)}
      >
        <div
          className={`h-full rounded ${done ? "bg-emerald-500" : "bg-sky-500"}`}
          style={{ width: `${share * 100}%` }}
        />
      </div>
    </div>
  );
}
