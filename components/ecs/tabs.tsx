"use client";

/** A row of tab buttons; the page keeps which one is chosen. */
export function Tabs<T extends string>({
  tabs,
  current,
  onChange,
}: {
  tabs: Array<{ id: T; label: string }>;
  current: T;
  onChange: (id: T) => void;
}) {
  return (
    <div role="tablist" className="mb-3 flex gap-1 border-b border-slate-800">
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          aria-selected={tab.id === current}
          data-testid={`tab-${tab.id}`}
          onClick={() => onChange(tab.id)}
          className={`-mb-px border-b-2 px-3 py-1.5 text-sm ${
            tab.id === current
              ? "border-sky-500 text-white"
              : "border-transparent text-slate-400 hover:text-slate-200"
          }`}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
