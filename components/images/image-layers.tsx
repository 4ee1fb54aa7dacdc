import { Nothing, Section } from "@/components/images/section";
import { formatBytes } from "@/lib/format/bytes";
import { ago } from "@/lib/format/time";
import { historyStepText } from "@/lib/images/history";
import type { ImageHistoryStep } from "@/lib/images/types";

const short = (digest: string) => digest.replace(/^sha256:/, "").slice(0, 12);

/** Filesystem layers by diff id, base first. */
export function ImageLayers({ layers }: { layers: readonly string[] }) {
  return (
    <Section title={`Layers (${layers.length})`} testId="image-layers">
      {layers.length === 0 ? (
        <Nothing />
      ) : (
        <ol className="list-decimal space-y-0.5 pl-6 font-mono text-xs text-slate-300">
          {layers.map((layer, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a layer may repeat; place is identity
            <li key={`${layer}-${i}`} title={layer}>
              {layer}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}

/** Build steps newest first, as `docker history` prints them. */
export function ImageHistory({ steps }: { steps: readonly ImageHistoryStep[] }) {
  return (
    <Section title="History" testId="image-history">
      <table className="w-full text-left text-xs">
        <thead className="border-b border-slate-800 uppercase tracking-wide text-slate-500">
          <tr>
            <th className="py-1.5 pr-3 font-medium">Created</th>
            <th className="py-1.5 pr-3 font-medium">Step</th>
            <th className="py-1.5 pr-3 font-medium">Size</th>
            <th className="py-1.5 font-medium">Layer</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((step, i) => (
            <tr
              // biome-ignore lint/suspicious/noArrayIndexKey: steps never reorder; ids repeat
              key={`${step.id ?? "missing"}-${i}`}
              data-testid="history-step"
              data-empty-layer={step.emptyLayer}
              className="border-b border-slate-800/60 align-top"
            >
              <td className="py-1.5 pr-3 whitespace-nowrap" title={step.created}>
                {ago(Date.parse(step.created))}
              </td>
              <td className="py-1.5 pr-3 break-all font-mono text-slate-300">
                {step.createdBy ? (
                  <span title={step.createdBy}>{historyStepText(step.createdBy)}</span>
                ) : (
                  <span className="text-slate-500">{step.comment || "—"}</span>
                )}
              </td>
              <td className="py-1.5 pr-3 whitespace-nowrap">{formatBytes(step.size)}</td>
              <td className="py-1.5 whitespace-nowrap font-mono">
                {step.emptyLayer ? (
                  <span className="text-slate-500">no layer</span>
                ) : step.layer ? (
                  <span title={step.layer}>{short(step.layer)}</span>
                ) : (
                  <span className="text-slate-400">layer</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
