"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useHealth } from "@/components/layout/docker-status";
import { PageHeader } from "@/components/ui/page-header";
import { getJson } from "@/lib/client/api";
import { dockerKeys } from "@/lib/client/query-keys";

interface ContainerSummary {
  state: string;
}

const TUTORIAL_STEPS = [
  {
    href: "/build",
    title: "Build an image",
    text: "From a folder with a Dockerfile, output live.",
  },
  { href: "/images", title: "Check the image", text: "Tags, layers, exposed ports, history." },
  { href: "/containers", title: "Run a container", text: "Map a port and open the app." },
  { href: "/containers", title: "Read its logs", text: "Follow, search and download." },
];

export default function Overview() {
  const health = useHealth();
  const ok = health.data?.docker.ok === true;
  const containers = useQuery({
    queryKey: dockerKeys.containers(),
    queryFn: () => getJson<ContainerSummary[]>("/api/docker/containers?all=true"),
    enabled: ok,
  });
  const images = useQuery({
    queryKey: dockerKeys.images(),
    queryFn: () => getJson<unknown[]>("/api/docker/images"),
    enabled: ok,
  });
  const running = containers.data?.filter((c) => c.state === "running").length;

  return (
    <div className="max-w-5xl">
      <PageHeader
        title="Overview"
        subtitle="Your Docker engine, and the path from a folder to a running container."
      />
      <div className="mb-8 grid grid-cols-1 gap-3 sm:grid-cols-3">
        <Stat label="Engine" value={ok ? `Docker ${health.data?.docker.version}` : "—"} />
        <Stat
          label="Containers"
          value={containers.data ? `${running} running / ${containers.data.length}` : "—"}
          href="/containers"
        />
        <Stat
          label="Images"
          value={images.data ? String(images.data.length) : "—"}
          href="/images"
        />
      </div>
      <h2 className="mb-3 text-sm font-semibold uppercase tracking-wider text-slate-400">
        The container tutorial, by clicking
      </h2>
      <ol className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        {TUTORIAL_STEPS.map((step, index) => (
          <li key={step.title}>
            <Link
              href={step.href}
              className="block rounded-lg border border-slate-800 bg-slate-950/60 p-4 hover:border-sky-700"
            >
              <p className="text-sm font-medium text-white">
                {index + 1}. {step.title}
              </p>
              <p className="mt-1 text-sm text-slate-400">{step.text}</p>
            </Link>
          </li>
        ))}
      </ol>
    </div>
  );
}

function Stat({ label, value, href }: { label: string; value: string; href?: string }) {
  const body = (
    <div className="rounded-lg border border-slate-800 bg-slate-950/60 p-4">
      <p className="text-xs uppercase tracking-wider text-slate-500">{label}</p>
      <p className="mt-1 text-lg font-semibold text-white">{value}</p>
    </div>
  );
  return href ? <Link href={href}>{body}</Link> : body;
}
