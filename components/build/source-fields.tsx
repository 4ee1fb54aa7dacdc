"use client";

import { Field, INPUT_CLASS, TextInput } from "@/components/ui/fields";
import { type BrowserContext, type PickedFile, pickedFiles } from "@/lib/build/browser-context";
import { formatBytes } from "@/lib/format/bytes";
import { plural } from "@/lib/format/plural";

const FILE_INPUT_CLASS =
  "block text-sm text-slate-300 file:mr-3 file:rounded-md file:border-0 file:bg-slate-700 " +
  "file:px-3 file:py-1.5 file:text-sm file:text-slate-100 hover:file:bg-slate-600";

export type SourceKind = "folder" | "archive" | "browser";

export interface SourceValues {
  kind: SourceKind;
  context: string;
  archive: File | null;
  picked: PickedFile[];
}

const KINDS: { kind: SourceKind; label: string }[] = [
  { kind: "folder", label: "Folder on this machine" },
  { kind: "archive", label: "Upload a tar or zip" },
  { kind: "browser", label: "Choose a folder in the browser" },
];

/** Where the build context comes from, and what will be sent. */
export function SourceFields({
  values,
  onChange,
  browserContext,
  disabled,
}: {
  values: SourceValues;
  onChange: (change: Partial<SourceValues>) => void;
  browserContext: BrowserContext | null;
  disabled: boolean;
}) {
  return (
    <div className="space-y-3">
      <fieldset className="flex flex-wrap gap-4" disabled={disabled}>
        <legend className="sr-only">Build context</legend>
        {KINDS.map(({ kind, label }) => (
          <label key={kind} className="flex items-center gap-2 text-sm text-slate-200">
            <input
              type="radio"
              name="source"
              value={kind}
              data-testid={`build-source-${kind}`}
              checked={values.kind === kind}
              onChange={() => onChange({ kind })}
            />
            {label}
          </label>
        ))}
      </fieldset>

      {values.kind === "folder" && (
        <Field
          label="Context folder"
          hint={
            <>
              An absolute path on the machine that runs Slipway, as in{" "}
              <code>docker build &lt;folder&gt;</code>
            </>
          }
        >
          <TextInput
            data-testid="build-context"
            className={`${INPUT_CLASS} font-mono`}
            placeholder="/home/me/projects/fast-api"
            value={values.context}
            disabled={disabled}
            onChange={(e) => onChange({ context: e.target.value })}
          />
        </Field>
      )}

      {values.kind === "archive" && (
        <Field
          label="Archive"
          hint={
            "A tar (also .tar.gz) is sent as it is; a zip is unpacked on the server " +
            "with its .dockerignore applied."
          }
        >
          <input
            type="file"
            accept=".tar,.tgz,.tar.gz,.zip,application/x-tar,application/zip,application/gzip"
            data-testid="build-archive"
            disabled={disabled}
            className={FILE_INPUT_CLASS}
            onChange={(e) => onChange({ archive: e.target.files?.[0] ?? null })}
          />
          {values.archive && (
            <span className="block text-xs text-slate-400">
              {values.archive.name} · {formatBytes(values.archive.size)}
            </span>
          )}
        </Field>
      )}

      {values.kind === "browser" && (
        <Field
          label="Folder"
          hint={
            "Files are read by the browser; .dockerignore is applied before sending. " +
            "Browsers give no Unix modes, so files go as 0755 (as Docker does from Windows)."
          }
        >
          <input
            type="file"
            webkitdirectory=""
            multiple
            data-testid="build-folder"
            disabled={disabled}
            className={FILE_INPUT_CLASS}
            onChange={(e) =>
              onChange({ picked: e.target.files ? pickedFiles(e.target.files) : [] })
            }
          />
          {browserContext && <ContextSummary context={browserContext} />}
        </Field>
      )}
    </div>
  );
}

function ContextSummary({ context }: { context: BrowserContext }) {
  return (
    <span className="block text-xs text-slate-300" data-testid="build-context-summary">
      {context.folder}: {plural(context.fileCount, "file")}, {formatBytes(context.size)} to send
      {context.ignoredCount > 0 &&
        ` (${context.ignoredCount} left out by ${context.ignoreFile ?? ".dockerignore"})`}
    </span>
  );
}
