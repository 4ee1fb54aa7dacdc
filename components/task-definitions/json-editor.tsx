"use client";

import { type FormEvent, useMemo } from "react";
import { INPUT } from "@/components/aws/field";
import { Button } from "@/components/ui/button";
import { cleanPastedDefinition, type DroppedKey } from "@/lib/ecs/task-definitions/clean-up";

// Task definition JSON as people paste it (E2): describe output, or a
// RegisterTaskDefinition input. What the clean-up will drop is shown before
// registering; the server drops the same and says so again in its answer.

type Preview =
  | { kind: "empty" }
  | { kind: "invalid"; message: string }
  | { kind: "ok"; dropped: DroppedKey[]; family: string | null };

function preview(text: string): Preview {
  if (text.trim() === "") return { kind: "empty" };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { kind: "invalid", message: `Not valid JSON: ${(error as Error).message}` };
  }
  try {
    const { definition, dropped } = cleanPastedDefinition(parsed);
    const family = typeof definition.family === "string" ? definition.family : null;
    return { kind: "ok", dropped, family };
  } catch (error) {
    return { kind: "invalid", message: (error as Error).message };
  }
}

export function JsonEditor({
  text,
  onChange,
  onSubmit,
  busy,
  registered = false,
}: {
  text: string;
  onChange: (text: string) => void;
  onSubmit: (parsed: unknown) => void;
  busy: boolean;
  /** Registered just now and not edited since: another click would add a duplicate revision. */
  registered?: boolean;
}) {
  const state = useMemo(() => preview(text), [text]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (state.kind === "ok") onSubmit(JSON.parse(text));
  };
  return (
    <form className="space-y-3" onSubmit={submit} data-testid="json-editor">
      <p className="text-sm text-slate-400">
        Paste the output of <code>aws ecs describe-task-definition</code>, or a
        RegisterTaskDefinition input. Keys ECS sets itself and empty values are dropped.
      </p>
      <textarea
        aria-label="Task definition JSON"
        className={`${INPUT} h-[28rem] p-3 font-mono text-xs`}
        spellCheck={false}
        value={text}
        onChange={(e) => onChange(e.target.value)}
        data-testid="json-text"
      />
      {state.kind === "invalid" && (
        <p className="text-sm text-rose-300" data-testid="json-problem">
          {state.message}
        </p>
      )}
      {state.kind === "ok" && <DroppedKeys dropped={state.dropped} when="will be" />}
      <div className="flex justify-end">
        <Button
          type="submit"
          variant="primary"
          disabled={busy || registered || state.kind !== "ok"}
          data-testid="json-submit"
        >
          {busy
            ? "Registering…"
            : registered
              ? "Registered"
              : state.kind === "ok" && state.family
                ? `Register ${state.family}`
                : "Register"}
        </Button>
      </div>
    </form>
  );
}

/** The keys clean-up drops, with why. */
export function DroppedKeys({
  dropped,
  when,
}: {
  dropped: DroppedKey[];
  when: "will be" | "were";
}) {
  if (dropped.length === 0) {
    return (
      <p className="text-sm text-slate-400">
        Nothing {when === "were" ? "was" : "will be"} dropped.
      </p>
    );
  }
  return (
    <div className="text-sm text-slate-300" data-testid="dropped-keys">
      <p>
        {dropped.length} key{dropped.length === 1 ? "" : "s"} {when} dropped:
      </p>
      <ul className="mt-1 flex flex-wrap gap-1.5">
        {dropped.map((d) => (
          <li
            key={d.path}
            className="rounded bg-slate-800 px-1.5 py-0.5 font-mono text-xs"
            data-testid="dropped-key"
          >
            {d.path} <span className="text-slate-500">({d.reason})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
