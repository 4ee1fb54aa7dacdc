import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "danger" | "ghost";

const VARIANTS: Record<Variant, string> = {
  primary: "bg-sky-600 text-white hover:bg-sky-500 disabled:bg-sky-900 disabled:text-sky-300",
  secondary: "bg-slate-700 text-slate-100 hover:bg-slate-600 disabled:opacity-50",
  danger: "bg-rose-700 text-white hover:bg-rose-600 disabled:opacity-50",
  ghost: "text-slate-300 hover:bg-slate-800 hover:text-white disabled:opacity-50",
};

export function Button({
  variant = "secondary",
  className = "",
  type = "button",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return (
    <button
      type={type}
      className={`inline-flex items-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium transition-colors disabled:cursor-not-allowed ${VARIANTS[variant]} ${className}`}
      {...props}
    />
  );
}
