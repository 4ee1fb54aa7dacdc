"use client";

import { type ReactNode, useId } from "react";
import type { LogSource } from "@/components/logs/log-source";
import { Checkbox } from "@/components/ui/fields";

// The controls of a log view. Tail, since, follow (and a search the source does
// itself) change what is asked of the server; timestamps, streams and a search of
// the page only change what is shown. The source says which controls apply.

export type StreamChoice = "all" | "stdout" | "stderr";

export interface ToolbarValues {
  tail: number;
  since: string;
  follow: boolean;
  showTime: boolean;
  streams: StreamChoice;
  search: string;
}

type ToolbarSource = Pick<
  LogSource,
  "streams" | "tailLabel" | "tailChoices" | "sinceChoices" | "searchLabel"
>;

export function LogToolbar({
  source,
  values,
  onChange,
  matchSummary,
  downloadHref,
}: {
  source: ToolbarSource;
  values: ToolbarValues;
  onChange: (change: Partial<ToolbarValues>) => void;
  matchSummary: string | null;
  downloadHref: string;
}) {
  const id = useId();
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm" data-testid="log-toolbar">
      <Field label={source.tailLabel} htmlFor={`${id}-tail`}>
        <select
          id={`${id}-tail`}
          value={values.tail}
          onChange={(e) => onChange({ tail: Number(e.target.value) })}
          className={INPUT}
          data-testid="log-tail"
        >
          {source.tailChoices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Since" htmlFor={`${id}-since`}>
        <select
          id={`${id}-since`}
          value={values.since}
          onChange={(e) => onChange({ since: e.target.value })}
          className={INPUT}
          data-testid="log-since"
        >
          {source.sinceChoices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </Field>
      {source.streams && (
        <Field label="Streams" htmlFor={`${id}-streams`}>
          <select
            id={`${id}-streams`}
            value={values.streams}
            onChange={(e) => onChange({ streams: e.target.value as StreamChoice })}
            className={INPUT}
            data-testid="log-streams"
          >
            <option value="all">stdout and stderr</option>
            <option value="stdout">stdout only</option>
            <option value="stderr">stderr only</option>
          </select>
        </Field>
      )}
      <Checkbox
        checked={values.follow}
        onChange={(follow) => onChange({ follow })}
        testId="log-follow"
      >
        Follow
      </Checkbox>
      <Checkbox
        checked={values.showTime}
        onChange={(showTime) => onChange({ showTime })}
        testId="log-timestamps"
      >
        Timestamps
      </Checkbox>
      <div className="flex items-center gap-2">
        <input
          type="search"
          value={values.search}
          onChange={(e) => onChange({ search: e.target.value })}
          placeholder={source.searchLabel}
          aria-label="Search the log"
          className={`${INPUT} w-56`}
          data-testid="log-search"
        />
        {matchSummary && (
          <span className="text-xs text-slate-400" data-testid="log-matches">
            {matchSummary}
          </span>
        )}
      </div>
      <a href={downloadHref} download className={DOWNLOAD_CLASS} data-testid="log-download">
        Download
      </a>
    </div>
  );
}

const INPUT =
  "rounded-md border border-slate-700 bg-slate-900 px-2 py-1 text-sm text-slate-100 " +
  "focus:border-sky-500 focus:outline-none";
const DOWNLOAD_CLASS =
  "ml-auto rounded-md bg-slate-700 px-3 py-1.5 font-medium text-slate-100 hover:bg-slate-600";

function Field({
  label,
  htmlFor,
  children,
}: {
  label: string;
  htmlFor: string;
  children: ReactNode;
}) {
  return (
    <div className="flex items-center gap-2 text-slate-400">
      <label htmlFor={htmlFor}>{label}</label>
      {children}
    </div>
  );
}
