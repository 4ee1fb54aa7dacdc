"use client";

import { useState } from "react";
import { Nothing, Section } from "@/components/images/section";
import { Button } from "@/components/ui/button";
import type { ImageConfigView, ImageEnvVariable } from "@/lib/images/types";

/** What a container made from the image starts with. */
export function ImageConfigSections({ config }: { config: ImageConfigView }) {
  return (
    <>
      <Section title="Exposed ports" testId="image-ports">
        {config.exposedPorts.length === 0 ? (
          <Nothing />
        ) : (
          <ul className="flex flex-wrap gap-2 font-mono">
            {config.exposedPorts.map((port) => (
              <li key={port} className="rounded bg-slate-800 px-2 py-0.5">
                {port}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Environment" testId="image-env">
        <EnvTable env={config.env} />
      </Section>
      <Section title="Entrypoint and command" testId="image-command">
        <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1">
          <Fact name="Entrypoint" value={argv(config.entrypoint)} testId="image-entrypoint" />
          <Fact name="Command" value={argv(config.cmd)} testId="image-cmd" />
          <Fact name="Working dir" value={config.workingDir} testId="image-workdir" />
          <Fact name="User" value={config.user} testId="image-user" />
        </dl>
      </Section>
      <Section title="Labels" testId="image-labels">
        <KeyValues values={config.labels} />
      </Section>
    </>
  );
}

/** An exec-form list shown as JSON, as a Dockerfile writes it. */
const argv = (value: string[] | null) => (value ? JSON.stringify(value) : null);

function Fact({ name, value, testId }: { name: string; value: string | null; testId: string }) {
  return (
    <>
      <dt className="text-slate-400">{name}</dt>
      <dd className="break-all font-mono" data-testid={testId}>
        {value ?? <span className="text-slate-500">none</span>}
      </dd>
    </>
  );
}

// Values may hold secrets baked into the image: masked until asked for.
function EnvTable({ env }: { env: readonly ImageEnvVariable[] }) {
  const [revealed, setRevealed] = useState(false);
  if (env.length === 0) return <Nothing />;
  return (
    <div className="space-y-2">
      <Button variant="ghost" onClick={() => setRevealed(!revealed)} data-testid="env-reveal">
        {revealed ? "Hide values" : "Show values"}
      </Button>
      <table className="font-mono text-xs">
        <tbody>
          {env.map((variable) => (
            <tr key={variable.name} data-testid={`env-${variable.name}`}>
              <td className="pr-4 align-top text-slate-300">{variable.name}</td>
              <td className="break-all text-slate-400">{revealed ? variable.value : "••••••"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function KeyValues({ values }: { values: Record<string, string> }) {
  const entries = Object.entries(values);
  if (entries.length === 0) return <Nothing />;
  return (
    <table className="font-mono text-xs">
      <tbody>
        {entries.map(([key, value]) => (
          <tr key={key}>
            <td className="pr-4 align-top text-slate-300">{key}</td>
            <td className="break-all text-slate-400">{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
