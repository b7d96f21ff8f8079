import type { ReactNode } from "react";

export function FactList({ facts }: { facts: { label: string; value: ReactNode }[] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
      {facts.map((fact) => (
        <div key={fact.label} className="contents">
          <dt className="font-semibold text-stone-700">{fact.label}</dt>
          <dd className="text-stone-900">{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
