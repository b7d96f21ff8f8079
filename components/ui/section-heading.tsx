import type { ReactNode } from "react";

export function SectionHeading({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <h2 id={id} className="mb-4 text-2xl font-bold tracking-tight text-stone-900">
      {children}
    </h2>
  );
}
