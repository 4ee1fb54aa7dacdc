import { CopyButton } from "@/components/aws/copy-button";

/** The CLI commands that push a local image here, each with a copy button. */
export function PushCommands({
  commands,
}: {
  commands: Array<{ label: string; command: string }>;
}) {
  return (
    <section className="mb-6" data-testid="push-commands">
      <h2 className="mb-2 text-sm font-semibold uppercase tracking-wider text-slate-400">
        Push an image from your machine
      </h2>
      <ol className="space-y-2">
        {commands.map((c, index) => (
          <li key={c.label} className="rounded-md border border-slate-800 bg-slate-950/60 p-3">
            <p className="mb-1 text-xs text-slate-400">
              {index + 1}. {c.label}
            </p>
            <div className="flex items-start justify-between gap-2">
              <code className="break-all text-xs text-slate-100" data-testid="push-command">
                {c.command}
              </code>
              <CopyButton text={c.command} testId={`copy-command-${index + 1}`} />
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
