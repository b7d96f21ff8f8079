import { nameForLocale } from "@/lib/detainees/name-for-locale";
import { getTranslations } from "next-intl/server";
import type { PublishedStatement } from "@/lib/statements/get-published-statement-by-slug";
import { renderStatementMarkdown } from "@/lib/statements/render-statement-markdown";
import { translatedField } from "@/lib/i18n/translated-field";
import type { Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { Container } from "@/components/ui/container";
import { PartialDate } from "@/components/ui/partial-date";
import { SectionHeading } from "@/components/ui/section-heading";
import { StatusBadge } from "@/components/detainees/status-badge";
import { SourceList } from "@/components/detainees/source-list";
import { ShareLinks } from "@/components/site/share-links";
import { CiteThis } from "@/components/detainees/cite-this";
import { TranslatedText } from "@/components/ui/translated-text";

export async function StatementView({
  statement,
  locale,
  permalink,
}: {
  statement: PublishedStatement;
  locale: Locale;
  permalink: string;
}) {
  const t = await getTranslations("statements");
  const site = await getTranslations("site");
  const title = translatedField(statement.title, statement.translations, "title", locale);
  const body = translatedField(statement.body, statement.translations, "body", locale);
  return (
    <Container className="py-10">
      <article>
        <p className="text-sm font-medium tracking-wide text-stone-700 uppercase">{t(`kind.${statement.kind}`)}</p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight">
          <TranslatedText value={statement.title} translations={statement.translations} field="title" locale={locale} />
        </h1>
        {statement.titleIsDescriptive ? (
          <p className="mt-1 text-sm text-stone-700 italic">{t("descriptiveTitle")}</p>
        ) : null}
        <p className="mt-2 text-stone-700">
          {statement.publishedAt ? (
            <>
              {t("published")}{" "}
              <PartialDate date={statement.publishedAt} precision={statement.datePrecision} locale={locale} />
            </>
          ) : null}
        </p>
        {statement.signatories.length > 0 ? (
          <p className="mt-2">
            <span className="font-semibold">{t("signatories")}:</span>{" "}
            {statement.signatories.map((s) => s.organisation.name).join(", ")}
          </p>
        ) : null}

        {body.isFallback ? <p className="mt-6 text-sm text-stone-700 italic">{t("translationMissing")}</p> : null}
        <div
          className="statement-body mt-4 max-w-3xl space-y-4 text-stone-900"
          lang={body.isFallback ? "en" : undefined}
          // Sanitised to an allow-list in renderStatementMarkdown.
          dangerouslySetInnerHTML={{ __html: renderStatementMarkdown(body.value) }}
        />

        {statement.quotes.length > 0 ? (
          <section className="mt-10" aria-labelledby="quotes-heading">
            <SectionHeading id="quotes-heading">{t("quotes")}</SectionHeading>
            <ul className="space-y-4">
              {statement.quotes.map((quote) => {
                const org = quote.speaker.organisation;
                return (
                  <li key={quote.id}>
                    <figure className="border-l-4 border-brand-700 pl-4">
                      <QuoteText quote={quote} locale={locale} />
                      <figcaption className="mt-1 text-sm text-stone-700">
                        — {[quote.speaker.name, quote.speaker.role, org?.name].filter(Boolean).join(", ")}
                        {quote.reportedFromOwnStatement ? <span className="block">{t("reportedQuote")}</span> : null}
                      </figcaption>
                    </figure>
                  </li>
                );
              })}
            </ul>
          </section>
        ) : null}

        <section className="mt-10" aria-labelledby="concerns-heading">
          <SectionHeading id="concerns-heading">{t("concerns")}</SectionHeading>
          {statement.detainees.length === 0 ? (
            <p>{t("concernsNone")}</p>
          ) : (
            <ul className="space-y-2">
              {statement.detainees.map(({ detainee }) => (
                <li key={detainee.slug} className="flex flex-wrap items-center gap-2">
                  <Link href={`/detainees/${detainee.slug}`} className="underline">
                    {nameForLocale(detainee, locale)}
                  </Link>
                  <StatusBadge status={detainee.status} />
                </li>
              ))}
            </ul>
          )}
        </section>

        {statement.source ? (
          <section className="mt-10" aria-labelledby="source-heading">
            <SectionHeading id="source-heading">{t("source")}</SectionHeading>
            <SourceList sources={[statement.source]} locale={locale} />
          </section>
        ) : null}

        <CiteThis
          title={title.value}
          siteName={site("name")}
          permalink={permalink}
          retrievedOn={new Date()}
          locale={locale}
        />
        <ShareLinks url={permalink} text={title.value} />
      </article>
    </Container>
  );
}

/**
 * A quote as spoken; on a translated page, the staff translation first, marked as a
 * translation, with the original under it, so nobody cites a translation as the words said.
 */
async function QuoteText({ quote, locale }: { quote: { text: string; translations: unknown }; locale: Locale }) {
  const translated = translatedField(quote.text, quote.translations, "text", locale);
  if (locale === "en" || translated.isFallback) {
    return (
      <blockquote className="text-lg">
        “<TranslatedText value={quote.text} translations={quote.translations} field="text" locale={locale} />”
      </blockquote>
    );
  }
  const t = await getTranslations("quotes");
  return (
    <>
      <blockquote className="text-lg">“{translated.value}”</blockquote>
      <p className="mt-1 text-sm text-stone-700">
        <span className="font-semibold">{t("translation")}</span> “{quote.text}”
      </p>
    </>
  );
}
