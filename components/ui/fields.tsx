import {
  Children,
  cloneElement,
  type InputHTMLAttributes,
  isValidElement,
  type ReactElement,
  type ReactNode,
  useId,
} from "react";

// Form primitives shared by the build form and the container and image dialogs.

export const INPUT_CLASS =
  "w-full rounded-md border border-slate-700 bg-slate-950 px-3 py-1.5 text-sm text-slate-100 " +
  "placeholder:text-slate-600 focus:border-sky-600 focus:outline-none disabled:opacity-60 " +
  "aria-invalid:border-rose-700";

const LABEL_CLASS = "block text-xs font-medium uppercase tracking-wide text-slate-400";
const HINT_CLASS = "block text-xs text-slate-500";
const PROBLEM_CLASS = "block text-xs text-rose-300";

type ControlProps = {
  id?: string;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean;
};

/**
 * A label tied to its control by id (the control is the first element child), with a
 * hint, or the problem with what was typed, below it and named as its description.
 */
export function Field({
  label,
  hint,
  problem,
  problemTestId,
  children,
}: {
  label: string;
  hint?: ReactNode;
  /** What is wrong with the value, shown instead of the hint. */
  problem?: string | null;
  problemTestId?: string;
  children: ReactNode;
}) {
  const generated = useId();
  const items = Children.toArray(children);
  const first = items.findIndex(isValidElement);
  const control = items[first] as ReactElement<ControlProps> | undefined;
  const id = control?.props.id ?? `${generated}-control`;
  const noteId = `${generated}-note`;
  const note = problem || hint;
  if (control) {
    items[first] = cloneElement(control, {
      id,
      "aria-describedby": note ? noteId : undefined,
      "aria-invalid": problem ? true : undefined,
    });
  }
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={LABEL_CLASS}>
        {label}
      </label>
      {items}
      {problem ? (
        <span id={noteId} className={PROBLEM_CLASS} data-testid={problemTestId}>
          {problem}
        </span>
      ) : (
        hint && (
          <span id={noteId} className={HINT_CLASS}>
            {hint}
          </span>
        )
      )}
    </div>
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
