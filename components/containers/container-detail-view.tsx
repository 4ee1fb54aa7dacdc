"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { LogViewer } from "@/components/logs/log-viewer";
import { StatsPanel } from "@/components/stats/stats-panel";
import { TerminalPanel } from "@/components/terminal/terminal-panel";
import { ErrorNotice } from "@/components/ui/error-notice";
import { Checkbox } from "@/components/ui/fields";
import { PageHeader } from "@/components/ui/page-header";
import { seg } from "@/lib/client/api";
import { ContainerActions } from "./container-actions";
import { DetailOverview } from "./detail-overview";
import { PortLinks } from "./port-links";
import { useContainerDetail } from "./queries";
import { StateBadge } from "./state-badge";

const TABS = ["overview", "logs", "stats", "terminal", "inspect"] as const;
type Tab = (typeof TABS)[number];
const TAB = "-mb-px border-b-2 px-3 py-1.5 text-sm capitalize";
const TAB_ON = "border-sky-500 text-white";
const TAB_OFF = "border-transparent text-slate-400 hover:text-white";
const RAW_BOX =
  "max-h-[70vh] overflow-auto rounded-lg border border-slate-800 bg-slate-950 p-3 text-xs";

/** One container: header with state and actions, then overview, logs, terminal, inspect. */
export function ContainerDetailView({ id }: { id: string }) {
  const router = useRouter();
  const [revealEnv, setRevealEnv] = useState(false);
  const [tab, setTab] = useState<Tab>("overview");
  const now = useNow(15_000);
  const { data: detail, error, isPending } = useContainerDetail(id, revealEnv);

  if (isPending) return <p className="text-sm text-slate-400">Loading container…</p>;
  if (!detail) {
    return (
      <div className="space-y-3">
        <ErrorNotice error={error} action="show this container" />
        <Link href="/containers" className="text-sm text-sky-300 hover:underline">
          ← All containers
        </Link>
      </div>
    );
  }

  return (
    <div className="space-y-5">
      <Link href="/containers" className="text-sm text-slate-400 hover:text-white">
        ← Containers
      </Link>
      <PageHeader
        title={
          <span className="flex items-center gap-3" data-testid="container-title">
            {detail.name} <StateBadge state={detail.state.status} />
          </span>
        }
        subtitle={<span className="font-mono">{detail.id.slice(0, 12)}</span>}
        actions={
          <ContainerActions
            container={{ id: detail.id, name: detail.name, state: detail.state.status }}
            onRemoved={() => router.push("/containers")}
          />
        }
      />
      {/* A failed refresh keeps the last detail on screen with the error above it. */}
      <ErrorNotice error={error} action="refresh this container" />
      {/* No ports, no line: the table's "—" would read as a stray mark here. */}
      {detail.ports.length > 0 && (
        <div data-testid="detail-ports">
          <PortLinks ports={detail.ports} />
        </div>
      )}
      <nav className="flex gap-1 border-b border-slate-800" aria-label="Container sections">
        {TABS.map((t) => (
          <button
            key={t}
            type="button"
            onClick={() => setTab(t)}
            data-testid={`tab-${t}`}
            aria-current={tab === t ? "page" : undefined}
            className={`${TAB} ${tab === t ? TAB_ON : TAB_OFF}`}
          >
            {t}
          </button>
        ))}
      </nav>
      {tab === "overview" && (
        <DetailOverview detail={detail} now={now} onToggleEnv={() => setRevealEnv((r) => !r)} />
      )}
      {tab === "logs" && (
        <section className="space-y-3" data-testid="logs-section">
          <LogViewer containerId={id} className="h-[60vh] min-h-80" />
          <Link
            href={`/containers/${seg(id)}/logs`}
            data-testid="logs-link"
            className="text-sm text-sky-300 hover:underline"
          >
            Open the logs on their own page
          </Link>
        </section>
      )}
      {tab === "stats" && <StatsPanel id={detail.id} running={detail.state.status === "running"} />}
      {tab === "terminal" && <TerminalPanel containerId={detail.id} state={detail.state.status} />}
      {tab === "inspect" && (
        <section className="space-y-2">
          <Checkbox
            checked={revealEnv}
            onChange={setRevealEnv}
            testId="inspect-reveal-env"
            className="text-sm"
          >
            Show env values
          </Checkbox>
          <pre data-testid="inspect-raw" className={RAW_BOX}>
            {JSON.stringify(detail.raw, null, 2)}
          </pre>
        </section>
      )}
    </div>
  );
}

function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
