"use client";

import { useDeferredValue, useMemo, useState } from "react";
import { LogList } from "@/components/logs/log-list";
import { LogToolbar, type ToolbarValues } from "@/components/logs/log-toolbar";
import { type FeedState, useLogFeed } from "@/components/logs/use-log-feed";
import { ErrorNotice } from "@/components/ui/error-notice";
import { seg } from "@/lib/client/api";
import { DEFAULT_TAIL } from "@/lib/logs/options";
import { filterLines, searchPattern } from "@/lib/logs/search";

const FEED_LABEL: Record<FeedState, string> = {
  loading: "Loading…",
  following: "Following",
  reconnecting: "Connection lost, reconnecting…",
  ended: "Stream ended",
  loaded: "Not following",
};

/**
 * A container's log: live follow, tail, since, timestamps, stdout/stderr filter,
 * search with highlighting and a download of the whole log. Fills the height its
 * parent gives it (`className` sets one, 70vh by default).
 */
export function LogViewer({ containerId, className }: { containerId: string; className?: string }) {
  const [values, setValues] = useState<ToolbarValues>({
    tail: DEFAULT_TAIL,
    since: "",
    follow: true,
    showTime: false,
    streams: "all",
    search: "",
  });
  const feed = useLogFeed({
    containerId,
    tail: values.tail,
    since: values.since,
    follow: values.follow,
  });
  const search = useDeferredValue(values.search);
  const pattern = useMemo(() => searchPattern(search), [search]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: revision marks new lines
  const view = useMemo(() => {
    const streams = new Set(values.streams === "all" ? [] : [values.streams, "status"]);
    return filterLines(feed.buffer.lines, { streams, pattern });
  }, [feed.buffer, feed.revision, values.streams, pattern]);

  const total = feed.buffer.lines.length;
  const matchSummary = pattern
    ? `${count(view.matches)} matches in ${count(view.rows.length)} lines`
    : null;
  const download =
    `/api/docker/containers/${seg(containerId)}/logs/download` +
    (values.showTime ? "?timestamps=true" : "");

  return (
    <div
      className={`flex flex-col gap-3 ${className ?? "h-[70vh] min-h-80"}`}
      data-testid="log-viewer"
    >
      <LogToolbar
        values={values}
        onChange={(change) => setValues((v) => ({ ...v, ...change }))}
        matchSummary={matchSummary}
        downloadHref={download}
      />
      <ErrorNotice error={feed.error} action="read the log" />
      <div className="flex flex-wrap items-center gap-x-4 text-xs text-slate-400">
        <span data-testid="log-state">{FEED_LABEL[feed.state]}</span>
        <span data-testid="log-count">
          {view.rows.length === total
            ? `${count(total)} lines`
            : `${count(view.rows.length)} of ${count(total)} lines`}
        </span>
        {feed.buffer.dropped > 0 && (
          <span className="text-amber-300" data-testid="log-dropped">
            {count(feed.buffer.dropped)} older lines dropped to keep the view fast; the download has
            the whole log
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

const count = (n: number) => n.toLocaleString("en");
