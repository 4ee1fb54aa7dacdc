"use client";

import { Checkbox, Field, TextInput } from "@/components/ui/fields";
import { LABEL_FILTER } from "@/lib/prune/labels";
import { PRUNE_KINDS, type PruneKind } from "@/lib/prune/types";
import { KIND_LABELS, type PruneFilters } from "./queries";

/** The text of the label filter field as filters: comma-separated `key` or `key=value`. */
export function parseLabelFilters(text: string): { labels: string[]; bad: string[] } {
  const parts = text
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  return { labels: parts, bad: parts.filter((part) => !LABEL_FILTER.test(part)) };
}

export interface PruneFormState {
  kinds: PruneKind[];
  dangling: boolean;
  labelText: string;
}

export const INITIAL_FORM: PruneFormState = { kinds: ["images"], dangling: true, labelText: "" };

export function toFilters(form: PruneFormState): PruneFilters {
  return {
    kinds: form.kinds,
    dangling: form.dangling,
    labels: parseLabelFilters(form.labelText).labels,
  };
}

/** What to prune: kinds, dangling only, and label filters. */
export function PruneForm({
  form,
  onChange,
}: {
  form: PruneFormState;
  onChange: (form: PruneFormState) => void;
}) {
  const { bad } = parseLabelFilters(form.labelText);
  const toggle = (kind: PruneKind, on: boolean) =>
    onChange({
      ...form,
      kinds: on ? [...form.kinds, kind] : form.kinds.filter((k) => k !== kind),
    });

  return (
    <div className="space-y-4">
      <fieldset className="space-y-1.5">
        <legend className="mb-1 text-xs font-medium uppercase tracking-wide text-slate-400">
          Remove
        </legend>
        {PRUNE_KINDS.map((kind) => (
          <Checkbox
            key={kind}
            checked={form.kinds.includes(kind)}
            onChange={(on) => toggle(kind, on)}
            testId={`prune-kind-${kind}`}
          >
            {KIND_LABELS[kind]}
          </Checkbox>
        ))}
      </fieldset>
      <Checkbox
        checked={form.dangling}
        onChange={(dangling) => onChange({ ...form, dangling })}
        testId="prune-dangling"
      >
        Only dangling images (no tag) and anonymous volumes. Unticked: every image and volume no
        container uses.
      </Checkbox>
      <Field
        label="Label filter"
        hint={
          bad.length > 0 ? (
            <span className="text-amber-300">Not a label filter: {bad.join(", ")}</span>
          ) : (
            "Comma-separated key or key=value; only resources carrying all of them are pruned."
          )
        }
      >
        <TextInput
          value={form.labelText}
          onChange={(e) => onChange({ ...form, labelText: e.target.value })}
          placeholder="team=web, temporary"
          data-testid="prune-labels"
        />
      </Field>
    </div>
  );
}
