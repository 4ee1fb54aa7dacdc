import type { ReactNode } from "react";

export function Section({
  title,
  testId,
  children,
}: {
  title: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <section data-testid={testId}>
      <h2 className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-400">{title}</h2>
      <div className="text-sm">{children}</div>
    </section>
  );
}

export const Nothing = ({ children = "None" }: { children?: ReactNode }) => (
  <p className="text-slate-500">{children}</p>
);
