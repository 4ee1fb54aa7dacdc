"use client";

import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { type EventFilter, matchesEvent } from "./event-buffer";
import { EventsTable } from "./events-table";
import { useEventFeed } from "./use-event-feed";

const TYPES = ["container", "image", "volume", "network", "daemon"] as const;
const CHIP = "rounded-full border px-2.5 py-0.5 text-xs";
const CHIP_ON = "border-sky-500 bg-sky-900/60 text-white";
const CHIP_OFF = "border-slate-700 text-slate-400 hover:text-white";
const SEARCH =
  "rounded-md border border-slate-700 bg-slate-950 px-2 py-1.5 text-sm placeholder:text-slate-600";

/** Engine events as they happen: filter by type (at the engine), action and text. */
export function EventsView() {
  const [types, setTypes] = useState<string[]>([]);
  const [action, setAction] = useState("");
  const [text, setText] = useState("");
  const feed = useEventFeed(types);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the revision marks buffer changes
  const shown = useMemo(() => {
    const filter: EventFilter = { types, action, text };
    return feed.buffer.events.filter((e) => matchesEvent(e, filter)).reverse();
  }, [feed.buffer, feed.revision, types, action, text]);
  const toggle = (type: string) =>
    setTypes(types.includes(type) ? types.filter((t) => t !== type) : [...types, type]);

  return (
    <div>
      <PageHeader
        title="Events"
        subtitle={<FeedStatus feed={feed} shown={shown.length} />}
        actions={
          <>
            {feed.buffer.paused ? (
              <Button variant="primary" onClick={feed.resume} data-testid="events-resume">
                Resume{feed.buffer.held.length > 0 && ` (${feed.buffer.held.length} new)`}
              </Button>
            ) : (
              <Button onClick={feed.pause} data-testid="events-pause">
                Pause
              </Button>
            )}
            <Button variant="ghost" onClick={feed.clear} data-testid="events-clear">
              Clear
            </Button>
          </>
        }
      />
      <div className="mb-3 flex flex-wrap items-center gap-2">
        {TYPES.map((type) => (
          <button
            key={type}
            type="button"
            aria-pressed={types.includes(type)}
            onClick={() => toggle(type)}
            data-testid={`events-type-${type}`}
            className={`${CHIP} ${types.includes(type) ? CHIP_ON : CHIP_OFF}`}
          >
            {type}
          </button>
        ))}
        <input
          type="search"
          value={action}
          onChange={(e) => setAction(e.target.value)}
          placeholder="Action (start, die…)"
          data-testid="events-action"
          className={`${SEARCH} w-44`}
        />
        <input
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="Name, id or attribute"
          data-testid="events-text"
          className={`${SEARCH} w-64`}
        />
      </div>
      {shown.length === 0 ? (
        <p
          className="rounded-lg border border-dashed border-slate-700 p-6 text-sm text-slate-400"
          data-testid="events-empty"
        >
          No events match yet. Start or stop a container to see some.
        </p>
      ) : (
        <EventsTable events={shown} />
      )}
    </div>
  );
}

function FeedStatus({ feed, shown }: { feed: ReturnType<typeof useEventFeed>; shown: number }) {
  const label = { connecting: "connecting…", live: "live", reconnecting: "reconnecting…" }[
    feed.state
  ];
  return (
    <span className="flex flex-wrap gap-x-3" data-testid="events-status" data-state={feed.state}>
      <span className={feed.state === "live" ? "text-emerald-400" : "text-amber-300"}>{label}</span>
      {feed.buffer.paused && <span className="text-amber-300">paused</span>}
      <span>
        {shown} shown of {feed.buffer.events.length} kept
        {feed.buffer.dropped > 0 && `, ${feed.buffer.dropped} older dropped`}
      </span>
      {feed.failure && <span className="text-amber-300">{feed.failure}</span>}
    </span>
  );
}
