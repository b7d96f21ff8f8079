import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPetitionCount } from "@/lib/petition/get-petition-count";
import { consentFor } from "@/lib/petition/consent-for";
import { getPublicPetition } from "@/lib/petition/get-public-petition";
import { translatedField } from "@/lib/i18n/translated-field";
import { EnglishBadge } from "@/components/ui/translated-text";
import type { Locale } from "@/lib/i18n/routing";
import { Container } from "@/components/ui/container";
import { PetitionProgress } from "@/components/petition/petition-progress";
import { SignaturesByCountry } from "@/components/petition/signatures-by-country";
import { SignFormSection } from "@/components/petition/sign-form-section";

// The count changes in batches (the tally job, PETITION_TALLY_SECONDS): the page is
// cached for as long and re-rendered in the background, so a spike of readers costs
// one render per interval, not one per visitor.
export const revalidate = 10;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "petition" });
  return { title: t("metaTitle") };
}

export default async function PetitionPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("petition");
  const petition = await getPublicPetition();
  if (!petition || petition.status === "DRAFT") notFound();
  const count = await getPetitionCount(petition.id);
  const title = translatedField(petition.title, petition.translations, "title", locale);
  const body = translatedField(petition.body, petition.translations, "body", locale);
  const consent = consentFor(petition.consents, locale);

  return (
    <Container className="py-10">
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("heading")}</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">
        <span lang={title.isFallback ? "en" : undefined}>{title.value}</span>
        {title.isFallback && (
          <>
            {" "}
            <EnglishBadge />
          </>
        )}
      </h1>
      <div className="mt-8 grid gap-10 lg:grid-cols-[3fr_2fr]">
        <div>
          {body.isFallback && (
            <p className="mb-2 text-sm text-stone-700">
              <EnglishBadge /> {(await getTranslations("statements"))("translationMissing")}
            </p>
          )}
          <div className="space-y-4 text-lg" lang={body.isFallback ? "en" : undefined}>
            {body.value.split(/\n{2,}/).map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </div>
          {petition.targets.length > 0 ? (
            <div className="mt-6">
              <h2 className="font-semibold">{t("targets")}</h2>
              <ul className="list-disc pl-6">
                {petition.targets.map((target) => (
                  <li key={target} lang={locale === "en" ? undefined : "en"}>
                    {target}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <SignaturesByCountry rows={count.byCountry} locale={locale} />
        </div>
        <div className="space-y-8">
          <PetitionProgress count={count.total} goal={petition.goal} locale={locale} />
          {petition.status === "OPEN" && consent ? (
            <div className="rounded border border-stone-300 bg-white p-5">
              <SignFormSection locale={locale} consent={consent} />
            </div>
          ) : (
            <p className="rounded border border-stone-300 bg-white p-5">{t("closed")}</p>
          )}
        </div>
      </div>
    </Container>
  );
}
