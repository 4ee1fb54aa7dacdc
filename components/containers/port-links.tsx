import { bracketed } from "@/lib/containers/port-spec";
import type { PortView } from "@/lib/containers/types";

/** How `docker ps` writes a binding: 127.0.0.1:8080->80/tcp, or 80/tcp unpublished. */
export function portLabel(port: PortView): string {
  const container = `${port.containerPort}/${port.protocol}`;
  if (port.hostPort === null) return container;
  return `${bracketed(port.hostIp ?? "0.0.0.0")}:${port.hostPort}→${container}`;
}

export function PortLinks({ ports }: { ports: PortView[] }) {
  if (ports.length === 0) return <span className="text-slate-500">—</span>;
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1">
      {ports.map((port) => (
        <li key={portLabel(port)} className="font-mono text-xs">
          {port.url ? (
            <a
              href={port.url}
              target="_blank"
              rel="noreferrer"
              data-testid="port-link"
              className="text-sky-300 underline-offset-2 hover:underline"
            >
              {portLabel(port)}
            </a>
          ) : (
            <span data-testid="port-unlinked" className="text-slate-400">
              {portLabel(port)}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
