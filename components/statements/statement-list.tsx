import { getLocale } from "next-intl/server";
import type { StatementSummary } from "@/lib/statements/get-latest-statements";
import { formatPartialDate, isoPartialDate } from "@/lib/dates/format-partial-date";
import type { Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { TranslatedText } from "@/components/ui/translated-text";

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
        return (
          <li key={statement.slug} className="rounded-lg border border-stone-200 bg-white p-4">
            <Heading className="font-semibold">
              <Link href={`/statements/${statement.slug}`} className="underline-offset-2 hover:underline">
                <TranslatedText
                  value={statement.title}
                  translations={statement.translations}
                  field="title"
                  locale={locale}
                />
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
              <p className="mt-2 text-stone-800">
                <TranslatedText
                  value={statement.summary}
                  translations={statement.translations}
                  field="summary"
                  locale={locale}
                />
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
