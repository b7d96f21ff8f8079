import { getLocale } from "next-intl/server";
import type { StatementSummary } from "@/lib/statements/get-latest-statements";
import { translatedField } from "@/lib/i18n/translated-field";
import { formatPartialDate, isoPartialDate } from "@/lib/dates/format-partial-date";
import type { Locale } from "@/lib/i18n/routing";

export async function StatementList({ statements }: { statements: StatementSummary[] }) {
  const locale = (await getLocale()) as Locale;
  return (
    <ul className="space-y-4">
      {statements.map((statement) => {
        const title = translatedField(statement.title, statement.translations, "title", locale);
        return (
          <li key={statement.slug} className="rounded-lg border border-stone-200 bg-white p-4">
            <h3 className="font-semibold" lang={title.isFallback ? "en" : undefined}>{title.value}</h3>
            {statement.publishedAt ? (
              <p className="text-sm text-stone-700">
                <time dateTime={isoPartialDate(statement.publishedAt, statement.datePrecision)}>
                  {formatPartialDate(statement.publishedAt, statement.datePrecision, locale)}
                </time>
                {statement.signatories.length > 0
                  ? ` · ${statement.signatories.map((s) => s.organisation.shortName ?? s.organisation.name).join(", ")}`
                  : null}
              </p>
            ) : null}
            {statement.summary ? <p className="mt-2 text-stone-800">{statement.summary}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}
