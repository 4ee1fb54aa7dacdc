import { Button } from "@/components/ui/button";
import type { EnvVar } from "@/lib/containers/types";

/** Env names always; values only after "Show values" (they may be secrets). */
export function EnvTable({
  env,
  masked,
  onToggle,
}: {
  env: EnvVar[];
  masked: boolean;
  onToggle: () => void;
}) {
  return (
    <section className="space-y-2" data-testid="env-section">
      <div className="flex items-center justify-between">
        <h2 className="text-sm font-semibold text-slate-200">Environment</h2>
        <Button variant="ghost" className="text-xs" onClick={onToggle} data-testid="env-toggle">
          {masked ? "Show values" : "Hide values"}
        </Button>
      </div>
      {env.length === 0 ? (
        <p className="text-sm text-slate-500">No environment variables.</p>
      ) : (
        <table className="w-full text-left font-mono text-xs">
          <tbody className="divide-y divide-slate-800">
            {env.map((v) => (
              <tr key={v.name} data-testid={`env-${v.name}`}>
                <td className="w-1/3 py-1 pr-3 align-top text-slate-300">{v.name}</td>
                <td className="break-all py-1 text-slate-100" data-testid="env-value">
                  {v.value ?? <span className="text-slate-500">••••••</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
