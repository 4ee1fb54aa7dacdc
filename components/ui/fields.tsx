import type { InputHTMLAttributes, ReactNode } from "react";

// Form primitives shared by the build form and the container and image dialogs.

export const INPUT_CLASS =
  "w-full rounded-md border border-slate-700 bg-slate-950 px-3 py-1.5 text-sm text-slate-100 " +
  "placeholder:text-slate-600 focus:border-sky-600 focus:outline-none disabled:opacity-60";

const LABEL_CLASS = "text-xs font-medium uppercase tracking-wide text-slate-400";
const HINT_CLASS = "block text-xs text-slate-500";

/** A labelled control with an optional hint below it. */
export function Field({
  label,
  hint,
  children,
}: {
  label: string;
  hint?: ReactNode;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is passed as children
    <label className="block space-y-1">
      <span className={LABEL_CLASS}>{label}</span>
      {children}
      {hint && <span className={HINT_CLASS}>{hint}</span>}
    </label>
  );
}

/** A labelled group of controls (rows of inputs), each labelled on its own. */
export function FieldSet({
  legend,
  hint,
  children,
}: {
  legend: string;
  hint?: ReactNode;
  children: ReactNode;
}) {
  return (
    <fieldset className="space-y-2">
      <legend className={LABEL_CLASS}>{legend}</legend>
      {children}
      {hint && <span className={HINT_CLASS}>{hint}</span>}
    </fieldset>
  );
}

export function TextInput({ className = "", ...props }: InputHTMLAttributes<HTMLInputElement>) {
  return (
    <input type="text" spellCheck={false} {...props} className={`${INPUT_CLASS} ${className}`} />
  );
}

/** A checkbox with its label beside it. */
export function Checkbox({
  checked,
  onChange,
  testId,
  disabled,
  className = "",
  children,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  testId: string;
  disabled?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <label className={`flex items-start gap-2 text-slate-300 ${className}`}>
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
        data-testid={testId}
        className="mt-0.5 accent-sky-500"
      />
      <span>{children}</span>
    </label>
  );
}
