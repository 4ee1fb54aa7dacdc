"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const SECTIONS = [
  {
    title: "Docker",
    links: [
      { href: "/containers", label: "Containers" },
      { href: "/images", label: "Images" },
      { href: "/build", label: "Build" },
      { href: "/volumes", label: "Volumes" },
      { href: "/networks", label: "Networks" },
      { href: "/events", label: "Events" },
      { href: "/system", label: "Disk usage" },
    ],
  },
  {
    title: "AWS",
    links: [
      { href: "/ship", label: "Ship" },
      { href: "/ecr", label: "ECR repositories" },
      { href: "/ecs", label: "ECS clusters" },
      { href: "/ecs/task-definitions", label: "Task definitions" },
      { href: "/cleanup", label: "Clean up" },
    ],
  },
  {
    title: "Settings",
    links: [{ href: "/settings/engines", label: "Engines" }],
  },
];

const HREFS = SECTIONS.flatMap((section) => section.links.map((link) => link.href));

/** The link of the page shown: the longest that leads to it (/ecs/task-definitions over /ecs). */
function activeHref(pathname: string): string | undefined {
  const matching = HREFS.filter((href) => pathname === href || pathname.startsWith(`${href}/`));
  return matching.sort((a, b) => b.length - a.length)[0];
}

export function Sidebar() {
  const pathname = usePathname();
  const current = activeHref(pathname);
  return (
    <nav className="flex w-52 shrink-0 flex-col border-r border-slate-800 bg-slate-950 px-3 py-4">
      <Link href="/" className="mb-6 flex items-center gap-2 px-2 text-lg font-semibold text-white">
        <Logo />
        Slipway
      </Link>
      {SECTIONS.map((section) => (
        <div key={section.title} className="mb-4">
          <p className="mb-1 px-2 text-xs font-semibold uppercase tracking-wider text-slate-500">
            {section.title}
          </p>
          <ul>
            {section.links.map((link) => {
              const active = link.href === current;
              return (
                <li key={link.href}>
                  <Link
                    href={link.href}
                    data-testid={`nav${link.href.replaceAll("/", "-")}`}
                    className={`block rounded-md px-2 py-1.5 text-sm ${active ? "bg-slate-800 text-white" : "text-slate-300 hover:bg-slate-900 hover:text-white"}`}
                  >
                    {link.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}

function Logo() {
  // A slipway: a ramp into the water, drawn inline so no font or file is needed.
  return (
    <svg aria-hidden viewBox="0 0 24 24" className="h-6 w-6 text-sky-400" fill="none">
      <path d="M3 18 L14 7 L21 7" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      <path
        d="M2 21 Q5 19 8 21 T14 21 T20 21"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
      />
      <rect x="10" y="3" width="6" height="4" rx="1" fill="currentColor" />
    </svg>
  );
}
