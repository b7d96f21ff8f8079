import { getTranslations } from "next-intl/server";
import { getPetitionCount } from "@/lib/petition/get-petition-count";
import { consentFor } from "@/lib/petition/consent-for";
import type { getPublicPetition } from "@/lib/petition/get-public-petition";
import { listPublicPartners } from "@/lib/partners/list-public-partners";
import type { PartnerRef } from "@/lib/partners/find-partner-by-code";
import { listPublicSupporters } from "@/lib/petition/list-public-supporters";
import { translatedField } from "@/lib/i18n/translated-field";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { Container } from "@/components/ui/container";
import { EnglishBadge } from "@/components/ui/translated-text";
import { PetitionProgress } from "./petition-progress";
import { SignaturesByCountry } from "./signatures-by-country";
import { SignFormSection } from "./sign-form-section";
import { PartnerList } from "./partner-list";
import { SupportersList } from "./supporters-list";

export type PetitionNotice = { text: string; tone: "ok" | "problem" };

/**
 * The petition page: the text, the count, the sign form. Shared by /petition and the
 * partner's addresses (/petition?partner=code, and where an embedded form lands), which
 * differ only in the partner the form records and a notice on top.
 */
export async function PetitionPageBody({
  locale,
  petition,
  partner = null,
  notice = null,
  showForm = true,
}: {
  locale: Locale;
  petition: NonNullable<Awaited<ReturnType<typeof getPublicPetition>>>;
  partner?: PartnerRef | null;
  notice?: PetitionNotice | null;
  showForm?: boolean;
}) {
  const t = await getTranslations("petition");
  const ta = await getTranslations("ledger.audit");
  const [count, supporters, partners] = await Promise.all([
    getPetitionCount(petition.id),
    listPublicSupporters(petition.id, 1),
    petition.showPartners ? listPublicPartners() : [],
  ]);
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
      {notice ? (
        <p
          role={notice.tone === "ok" ? "status" : "alert"}
          className={`mt-6 rounded border p-4 ${notice.tone === "ok" ? "border-green-700 bg-green-50 text-green-900" : "border-red-700 bg-red-50 text-red-900"}`}
        >
          {notice.text}
        </p>
      ) : null}
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
          <SupportersList {...supporters} page={1} locale={locale} />
          {partners.length > 0 ? <PartnerList partners={partners} heading={t("partners.heading")} /> : null}
        </div>
        <div className="space-y-8">
          <PetitionProgress count={count.total} goal={petition.goal} locale={locale} />
          <section aria-labelledby="audit-heading" className="rounded border border-stone-300 bg-white p-5 text-sm">
            <h2 id="audit-heading" className="font-semibold">
              {ta("heading")}
            </h2>
            <p className="mt-1">{ta("body")}</p>
            <p className="mt-2">
              <Link href="/petition/verify" className="underline">
                {ta("link")}
              </Link>
            </p>
          </section>
          {!showForm ? null : petition.status === "OPEN" && consent ? (
            <div className="rounded border border-stone-300 bg-white p-5">
              {partner ? (
                <p className="mb-4 text-sm text-stone-700">{t("partners.via", { name: partner.name })}</p>
              ) : null}
              <SignFormSection locale={locale} consent={consent} partner={partner?.code} />
            </div>
          ) : (
            <p className="rounded border border-stone-300 bg-white p-5">{t("closed")}</p>
          )}
        </div>
      </div>
    </Container>
  );
}
