"use client";

// The tab row of the task definition pages, and links that look like buttons.

const TAB = "rounded-md px-3 py-1.5 text-sm";
const TAB_ON = "bg-slate-800 text-white";
const TAB_OFF = "text-slate-400 hover:text-white";

export const LINK_PRIMARY =
  "rounded-md bg-sky-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-500";
export const LINK_SECONDARY =
  "rounded-md bg-slate-700 px-3 py-1.5 text-sm font-medium text-slate-100 hover:bg-slate-600";

export function Tabs<T extends string>({
  tabs,
  current,
  onChange,
  label,
  testIdPrefix = "tab",
}: {
  tabs: ReadonlyArray<readonly [T, string]>;
  current: T;
  onChange: (tab: T) => void;
  label: string;
  testIdPrefix?: string;
}) {
  return (
    <nav className="mb-4 flex gap-1" aria-label={label}>
      {tabs.map(([tab, text]) => (
        <button
          key={tab}
          type="button"
          onClick={() => onChange(tab)}
          aria-current={current === tab ? "page" : undefined}
          data-testid={`${testIdPrefix}-${tab.toLowerCase()}`}
          className={`${TAB} ${current === tab ? TAB_ON : TAB_OFF}`}
        >
          {text}
        </button>
      ))}
    </nav>
  );
}
