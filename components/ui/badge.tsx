import type { ReactNode } from "react";

const tones = {
  danger: "bg-red-100 text-red-900 ring-red-300",
  success: "bg-green-100 text-green-900 ring-green-300",
  neutral: "bg-stone-100 text-stone-900 ring-stone-300",
} as const;

export function Badge({ children, tone = "neutral" }: { children: ReactNode; tone?: keyof typeof tones }) {
  return (
    <span
      className={`inline-flex items-center rounded px-2 py-0.5 text-sm font-medium ring-1 ring-inset ${tones[tone]}`}
    >
      {children}
    </span>
  );
}
