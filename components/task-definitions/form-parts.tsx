"use client";

import type { ReactNode } from "react";
import { Field, INPUT } from "@/components/aws/field";
import type { FormValues } from "@/lib/ecs/task-definitions/form-values";

export function LoggingSection({
  values,
  setLogging,
  problems,
  region,
}: {
  values: FormValues;
  setLogging: (change: Partial<FormValues["logging"]>) => void;
  problems: Record<string, string>;
  region: string | null;
}) {
  const logging = values.logging;
  return (
    <Section title="Logging">
      <label className="flex items-center gap-2 text-sm text-slate-200">
        <input
          type="checkbox"
          checked={logging.enabled}
          onChange={(e) => setLogging({ enabled: e.target.checked })}
          className="accent-sky-500"
          data-testid="td-awslogs"
        />
        Send the container's output to CloudWatch Logs (awslogs)
      </label>
      {logging.enabled && (
        <div className="grid grid-cols-3 gap-4">
          <Field
            id="td-log-group"
            label="Log group"
            hint="Created when missing."
            problem={problems.logging}
          >
            <input
              id="td-log-group"
              className={`${INPUT} font-mono`}
              placeholder={`/ecs/${values.family || "<family>"}`}
              value={logging.group}
              onChange={(e) => setLogging({ group: e.target.value.trim() })}
              data-testid="td-log-group"
            />
          </Field>
          <Field id="td-log-region" label="Region">
            <input
              id="td-log-region"
              className={INPUT}
              placeholder={region ?? "us-east-1"}
              value={logging.region}
              onChange={(e) => setLogging({ region: e.target.value.trim() })}
            />
          </Field>
          <Field id="td-log-prefix" label="Stream prefix">
            <input
              id="td-log-prefix"
              className={INPUT}
              value={logging.streamPrefix}
              onChange={(e) => setLogging({ streamPrefix: e.target.value.trim() })}
            />
          </Field>
        </div>
      )}
    </Section>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-4 rounded-lg border border-slate-800 p-4">
      <legend className="px-1 text-sm font-semibold text-slate-300">{title}</legend>
      {children}
    </fieldset>
  );
}
