"use client";

/** One radio button of a named group, labelled beside it; test id `<name>-<choice>`. */
export function RadioChoice<T extends string>({
  name,
  value,
  choice,
  onChange,
  children,
}: {
  name: string;
  value: T;
  choice: T;
  onChange: (choice: T) => void;
  children: string;
}) {
  return (
    <label className="flex items-center gap-2">
      <input
        type="radio"
        name={name}
        checked={value === choice}
        onChange={() => onChange(choice)}
        className="accent-sky-500"
        data-testid={`${name}-${choice}`}
      />
      {children}
    </label>
  );
}
