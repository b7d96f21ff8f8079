import { getLocale } from "next-intl/server";
import type { StatementSummary } from "@/lib/statements/get-latest-statements";
import { translatedField } from "@/lib/i18n/translated-field";
import { formatPartialDate, isoPartialDate } from "@/lib/dates/format-partial-date";
import type { Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";

export async function StatementList({
  statements,
  headingLevel = 3,
}: {
  statements: StatementSummary[];
  /** 3 under a section heading (home page), 2 directly under the page title. */
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const locale = (await getLocale()) as Locale;
  return (
    <ul className="space-y-4">
      {statements.map((statement) => {
        const title = translatedField(statement.title, statement.translations, "title", locale);
        return (
          <li key={statement.slug} className="rounded-lg border border-stone-200 bg-white p-4">
            <Heading className="font-semibold" lang={title.isFallback ? "en" : undefined}>
              <Link href={`/statements/${statement.slug}`} className="underline-offset-2 hover:underline">
                {title.value}
              </Link>
            </Heading>
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
            {statement.summary ? (
              <p className="mt-2 text-stone-800">{translatedField(statement.summary, statement.translations, "summary", locale).value}</p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
