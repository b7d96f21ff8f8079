import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { pageMetadata } from "@/lib/site/page-metadata";
import { getCampaign } from "@/lib/campaign/get-campaign";
import { getCasesWithUnnamedDetainees, getPublishedDetainees } from "@/lib/detainees/get-published-detainees";
import { getLatestStatements } from "@/lib/statements/get-latest-statements";
import { translatedField } from "@/lib/i18n/translated-field";
import type { Locale } from "@/lib/i18n/routing";
import { Container } from "@/components/ui/container";
import { SectionHeading } from "@/components/ui/section-heading";
import { DetaineeCard } from "@/components/detainees/detainee-card";
import { StatementList } from "@/components/statements/statement-list";
import { PetitionHomeBlock } from "@/components/petition/petition-home-block";
import { EnglishBadge } from "@/components/ui/translated-text";

export const revalidate = 60;

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  const site = await getTranslations({ locale, namespace: "site" });
  const campaign = await getCampaign();
  const headline = campaign
    ? translatedField(campaign.headline, campaign.translations, "headline", locale).value
    : site("tagline");
  return {
    ...pageMetadata({ locale, path: "/", title: headline, description: site("tagline"), siteName: site("name") }),
    title: { absolute: `${headline} · ${site("name")}` },
  };
}

export default async function HomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("home");
  const [campaign, detainees, unnamedCases, statements] = await Promise.all([
    getCampaign(),
    getPublishedDetainees(),
    getCasesWithUnnamedDetainees(),
    getLatestStatements(),
  ]);
  const field = (name: "headline" | "callToAction" | "summary") =>
    campaign ? translatedField(campaign[name], campaign.translations, name, locale) : null;
  const headline = field("headline");
  const callToAction = field("callToAction");
  const summary = field("summary");

  return (
    <>
      {campaign && headline && callToAction && summary ? (
        <section className="bg-brand-900 py-12 text-white" aria-labelledby="campaign-headline">
          <Container>
            <h1 id="campaign-headline" className="text-3xl font-bold tracking-tight sm:text-4xl">
              <span lang={headline.isFallback ? "en" : undefined}>{headline.value}</span>
              {headline.isFallback && (
                <>
                  {" "}
                  <EnglishBadge />
                </>
              )}
            </h1>
            <p className="mt-4 max-w-3xl text-lg">
              <span lang={callToAction.isFallback ? "en" : undefined}>{callToAction.value}</span>
              {callToAction.isFallback && (
                <>
                  {" "}
                  <EnglishBadge />
                </>
              )}
            </p>
            <p className="mt-4 max-w-3xl text-stone-200">
              <span lang={summary.isFallback ? "en" : undefined}>{summary.value}</span>
              {summary.isFallback && (
                <>
                  {" "}
                  <EnglishBadge />
                </>
              )}
            </p>
            {campaign.source ? (
              <p className="mt-4 text-sm text-stone-300">{t("source", { title: campaign.source.title })}</p>
            ) : null}
          </Container>
        </section>
      ) : null}

      <Container className="py-10">
        <PetitionHomeBlock locale={locale} />
        <section aria-labelledby="detainees-heading">
          <SectionHeading id="detainees-heading">{t("detaineesHeading")}</SectionHeading>
          {detainees.length === 0 ? (
            <p>{t("noDetainees")}</p>
          ) : (
            <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {detainees.map((detainee) => (
                <DetaineeCard key={detainee.slug} detainee={detainee} />
              ))}
            </ul>
          )}
          {unnamedCases.map((unnamed) => (
            <p key={unnamed.slug} className="mt-4 text-stone-700">
              {t("unnamed", { count: unnamed.unnamedCount })}
            </p>
          ))}
        </section>

        <section aria-labelledby="statements-heading" className="mt-12">
          <SectionHeading id="statements-heading">{t("statementsHeading")}</SectionHeading>
          {statements.length === 0 ? <p>{t("noStatements")}</p> : <StatementList statements={statements} />}
        </section>
      </Container>
    </>
  );
}
