"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useLayoutEffect, useRef, useState } from "react";
import type { ViewLine } from "@/components/logs/log-buffer";
import { LogRow, ROW_HEIGHT } from "@/components/logs/log-row";
import { Button } from "@/components/ui/button";

// A virtualised list: only the rows in sight (and a few around) are in the DOM, so
// 100,000 lines scroll as smoothly as 100. New lines scroll the view only while the
// reader is at the bottom; someone reading older lines keeps their place, even when
// the oldest lines are dropped under them, and gets a button back to the latest.

const LIST_CLASS =
  "h-full overflow-auto rounded-md border border-slate-800 bg-slate-950 " +
  "font-mono text-xs leading-5 text-slate-200";

interface Anchor {
  id: number;
  offset: number;
}

export function LogList({
  rows,
  revision,
  showTime,
  pattern,
}: {
  rows: readonly ViewLine[];
  /** Changes whenever lines were added or dropped. */
  revision: number;
  showTime: boolean;
  pattern: RegExp | null;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const anchor = useRef<Anchor | null>(null);
  const [following, setFollowing] = useState(true);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 30,
  });

  const onScroll = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    const bottom = el.scrollHeight - el.scrollTop - el.clientHeight <= ROW_HEIGHT;
    atBottom.current = bottom;
    setFollowing(bottom);
    const index = Math.min(Math.floor(el.scrollTop / ROW_HEIGHT), rows.length - 1);
    const row = rows[index];
    anchor.current = row ? { id: row.id, offset: el.scrollTop - index * ROW_HEIGHT } : null;
  }, [rows]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: revision marks new rows
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    if (atBottom.current) {
      el.scrollTop = el.scrollHeight;
      return;
    }
    const held = anchor.current;
    if (!held) return;
    const index = firstIndexFrom(rows, held.id);
    const top = index * ROW_HEIGHT + held.offset;
    if (Math.abs(el.scrollTop - top) >= 1) el.scrollTop = top;
  }, [rows, revision]);

  const jumpToLatest = () => {
    const el = scroller.current;
    if (!el) return;
    atBottom.current = true;
    setFollowing(true);
    el.scrollTop = el.scrollHeight;
  };

  return (
    <div className="relative min-h-0 flex-1">
      <div ref={scroller} onScroll={onScroll} data-testid="log-list" className={LIST_CLASS}>
        <div className="relative" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const line = rows[item.index];
            if (!line) return null;
            return (
              <div
                key={line.id}
                className="absolute top-0 left-0 w-max min-w-full"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <LogRow line={line} showTime={showTime} pattern={pattern} />
              </div>
            );
          })}
        </div>
      </div>
      {!following && rows.length > 0 && (
        <Button
          variant="primary"
          onClick={jumpToLatest}
          data-testid="jump-to-latest"
          className="absolute right-4 bottom-4 shadow-lg"
        >
          ↓ Jump to latest
        </Button>
      )}
    </div>
  );
}

/** The index of the row with this id, or of the first row after it. */
function firstIndexFrom(rows: readonly ViewLine[], id: number): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((rows[mid] as ViewLine).id < id) low = mid + 1;
    else high = mid;
  }
  return low;
}
