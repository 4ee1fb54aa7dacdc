"use client";

import { useDeferredValue, useEffect, useMemo, useState } from "react";
import { LogList } from "@/components/logs/log-list";
import { dockerLogSource, type LogSource } from "@/components/logs/log-source";
import { LogSources } from "@/components/logs/log-sources";
import { LogToolbar, type ToolbarValues } from "@/components/logs/log-toolbar";
import { type FeedState, useLogFeed } from "@/components/logs/use-log-feed";
import { ErrorNotice } from "@/components/ui/error-notice";
import { filterTerms, termsPattern } from "@/lib/ecs-logs/filter-terms";
import { plural } from "@/lib/format/plural";
import { filterLines, searchPattern } from "@/lib/logs/search";

const FEED_LABEL: Record<FeedState, string> = {
  loading: "Loading…",
  following: "Following",
  reconnecting: "Connection lost, reconnecting…",
  ended: "Stream ended",
  loaded: "Not following",
};

/** A search the server does waits for the typing to pause. */
const SERVER_SEARCH_PAUSE_MS = 600;

/**
 * A log: live follow, tail, since, timestamps, search with highlighting and a
 * download. `source` says where from (a local container by default, through
 * `containerId`; a task's or service's CloudWatch logs with EcsLogViewer). Fills
 * the height its parent gives it (`className` sets one, 70vh by default).
 */
export function LogViewer({
  containerId,
  source: given,
  className,
}: {
  containerId?: string;
  source?: LogSource;
  className?: string;
}) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: a source is known by its key
  const source = useMemo(
    () => given ?? dockerLogSource(containerId ?? ""),
    [given?.key, containerId],
  );
  const [values, setValues] = useState<ToolbarValues>({
    ...source.defaults,
    follow: true,
    showTime: false,
    streams: "all",
    search: "",
  });
  const serverSearch = useServerSearch(source, values.search);
  const query = { tail: values.tail, since: values.since, follow: values.follow };
  const feed = useLogFeed(source, { ...query, search: serverSearch });
  const search = useDeferredValue(values.search);
  const pattern = useMemo(
    () => (source.search === "page" ? searchPattern(search) : termsPattern(filterTerms(search))),
    [search, source.search],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: revision marks new lines
  const view = useMemo(() => {
    if (source.search === "server") return { rows: feed.buffer.lines, matches: 0 };
    const streams = new Set(values.streams === "all" ? [] : [values.streams, "status"]);
    return filterLines(feed.buffer.lines, { streams, pattern });
  }, [feed.buffer, feed.revision, values.streams, pattern, source.search]);

  const total = feed.buffer.lines.length;
  const matchSummary = !values.search
    ? null
    : source.search === "server"
      ? `${plural(total, "line")} found by CloudWatch`
      : pattern &&
        `${plural(view.matches, "match", "matches")} in ${plural(view.rows.length, "line")}`;

  return (
    <div
      className={`flex flex-col gap-3 ${className ?? "h-[70vh] min-h-80"}`}
      data-testid="log-viewer"
    >
      <LogToolbar
        source={source}
        values={values}
        onChange={(change) => setValues((v) => ({ ...v, ...change }))}
        matchSummary={matchSummary || null}
        downloadHref={source.downloadUrl({ ...query, search: serverSearch }, values.showTime)}
      />
      <ErrorNotice error={feed.error} action="read the log" />
      {feed.sources && <LogSources note={feed.sources} />}
      <div className="flex flex-wrap items-center gap-x-4 text-xs text-slate-400">
        <span data-testid="log-state">{FEED_LABEL[feed.state]}</span>
        <span data-testid="log-count">
          {view.rows.length === total
            ? plural(total, "line")
            : `${count(view.rows.length)} of ${plural(total, "line")}`}
        </span>
        {feed.buffer.dropped > 0 && (
          <span className="text-amber-300" data-testid="log-dropped">
            {plural(feed.buffer.dropped, "older line")} dropped to keep the view fast; the download
            has the whole log
          </span>
        )}
        {feed.notice && (
          <span className="text-amber-300" data-testid="log-notice">
            {feed.notice}
          </span>
        )}
      </div>
      <LogList
        rows={view.rows}
        revision={feed.revision}
        showTime={values.showTime}
        pattern={pattern}
      />
    </div>
  );
}

/** The search as the source's server gets it: after a pause in typing; "" for page search. */
function useServerSearch(source: LogSource, search: string): string {
  const [settled, setSettled] = useState("");
  useEffect(() => {
    if (source.search !== "server") return;
    const timer = setTimeout(() => setSettled(search), SERVER_SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [search, source.search]);
  return source.search === "server" ? settled : "";
}

const count = (n: number) => n.toLocaleString("en");
