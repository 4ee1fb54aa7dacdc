import type { ReactNode } from "react";
import type { ContainerDetail } from "@/lib/containers/types";
import { duration } from "@/lib/format/time";
import { EnvTable } from "./env-table";

/** Facts, environment, mounts, networks and labels of one container. */
export function DetailOverview({
  detail,
  now,
  onToggleEnv,
}: {
  detail: ContainerDetail;
  now: number;
  onToggleEnv: () => void;
}) {
  const { state, config } = detail;
  const started = state.startedAt ? Date.parse(state.startedAt) : null;
  const restart = detail.restartPolicy;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Section title="Overview">
        <Facts
          rows={[
            [
              "Image",
              <span key="i" className="font-mono">
                {detail.image}
              </span>,
            ],
            [
              "Image ID",
              <span key="d" className="font-mono">
                {detail.imageId.slice(7, 19)}
              </span>,
            ],
            ["Created", new Date(detail.created).toLocaleString()],
            ["Up for", state.running && started ? duration(now - started) : null],
            ["Started", state.startedAt ? new Date(state.startedAt).toLocaleString() : null],
            ["Finished", state.finishedAt ? new Date(state.finishedAt).toLocaleString() : null],
            ["Exit code", state.running ? null : String(state.exitCode)],
            ["Error", state.error],
            ["Health", state.health],
            [
              "Restart policy",
              restart.maximumRetryCount
                ? `${restart.name}:${restart.maximumRetryCount}`
                : restart.name,
            ],
            [
              "Command",
              <code key="c" className="break-all">
                {detail.command || "—"}
              </code>,
            ],
            ["Working dir", config.workingDir],
            ["User", config.user],
            ["Hostname", config.hostname],
            ["TTY", config.tty ? "yes" : "no"],
          ]}
        />
      </Section>
      <div className="space-y-6">
        <EnvTable env={detail.env} masked={detail.envMasked} onToggle={onToggleEnv} />
        <Section title="Mounts">
          {detail.mounts.length === 0 ? (
            <Empty>No mounts.</Empty>
          ) : (
            <Facts
              rows={detail.mounts.map((m) => [
                m.destination,
                `${m.type} ${m.name ?? m.source}${m.readOnly ? " (read-only)" : ""}`,
              ])}
            />
          )}
        </Section>
        <Section title="Networks">
          {detail.networks.length === 0 ? (
            <Empty>Not attached to a network.</Empty>
          ) : (
            <Facts rows={detail.networks.map((n) => [n.name, n.ipAddress ?? "no address"])} />
          )}
        </Section>
        <Section title="Labels">
          {Object.keys(detail.labels).length === 0 ? (
            <Empty>No labels.</Empty>
          ) : (
            <Facts rows={Object.entries(detail.labels)} />
          )}
        </Section>
      </div>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-2">
      <h2 className="text-sm font-semibold text-slate-200">{title}</h2>
      {children}
    </section>
  );
}

const Empty = ({ children }: { children: ReactNode }) => (
  <p className="text-sm text-slate-500">{children}</p>
);

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      {rows
        .filter(([, value]) => value !== null && value !== "")
        .map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-400">{label}</dt>
            <dd className="min-w-0 break-words text-slate-100">{value}</dd>
          </div>
        ))}
    </dl>
  );
}
