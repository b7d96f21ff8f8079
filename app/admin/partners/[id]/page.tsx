import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { env } from "@/lib/config/env";
import { getAdminTranslations } from "@/lib/i18n/admin-translations";
import { locales, localePath } from "@/lib/i18n/routing";
import { embedSnippet } from "@/lib/partners/embed-snippet";
import { getPartnerForAdmin } from "@/lib/partners/get-partner-for-admin";
import { consentFor } from "@/lib/petition/consent-for";
import { countryOptions } from "@/lib/petition/countries";
import { getPublicPetition } from "@/lib/petition/get-public-petition";
import { PartnerActionForm } from "@/components/admin/partners/partner-action-form";
import { partnerFields } from "@/components/admin/partners/partner-fields";
import { issueCountsLinkAction, revokeCountsLinkAction, updatePartnerAction } from "../actions";

export async function generateMetadata() {
  const t = await getAdminTranslations("adminPartners");
  return { title: t("title") };
}

const LOGO_OUTCOMES = ["saved", "missing"] as const;
const box = "space-y-3 rounded bg-white p-4";
const codeBlock = "block w-full rounded border border-stone-400 bg-stone-50 p-2 font-mono text-sm";

export default async function PartnerPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const staff = await requireStaff();
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const partner = await getPartnerForAdmin(staff, id);
  if (!partner) notFound();
  const t = await getAdminTranslations("adminPartners");
  const appUrl = env().APP_URL;
  const petition = await getPublicPetition();
  const logoOutcome = LOGO_OUTCOMES.find((outcome) => outcome === search.logo);

  const counterAlts = Object.fromEntries(
    await Promise.all(
      locales.map(async (locale) => [
        locale,
        (await getTranslations({ locale, namespace: "petition" }))("counter.label"),
      ]),
    ),
  ) as Record<string, string>;
  const snippets = await Promise.all(
    locales.map(async (locale) => {
      const consent = petition ? consentFor(petition.consents, locale) : null;
      if (!consent) return { locale, html: null };
      const p = await getTranslations({ locale, namespace: "petition" });
      const text = Object.fromEntries(
        (
          [
            "heading",
            "name",
            "email",
            "emailHint",
            "country",
            "countryPlaceholder",
            "showPublicly",
            "contactOptIn",
            "consentHeading",
            "submit",
            "honeypot",
          ] as const
        ).map((key) => [key, p(`form.${key}`)]),
      ) as Parameters<typeof embedSnippet>[0]["text"];
      const html = embedSnippet({
        appUrl,
        partnerCode: partner.code,
        locale,
        consent,
        countries: countryOptions(locale),
        text,
      });
      return { locale, html };
    }),
  );

  return (
    <div className="space-y-8">
      <p>
        <Link href="/admin/partners" className="underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{partner.name}</h1>
      {search.added === "1" && (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {t("results.added")}
        </p>
      )}

      <section aria-labelledby="edit-heading" className={`max-w-xl ${box}`}>
        <h2 id="edit-heading" className="text-xl font-semibold">
          {t("editHeading")}
        </h2>
        <PartnerActionForm
          action={updatePartnerAction}
          hidden={{ id: partner.id }}
          fields={partnerFields(t, partner)}
          submitLabel={t("save")}
        />
      </section>

      <section aria-labelledby="logo-heading" className={`max-w-xl ${box}`}>
        <h2 id="logo-heading" className="text-xl font-semibold">
          {t("logo.heading")}
        </h2>
        {logoOutcome && (
          <p
            role={logoOutcome === "saved" ? "status" : "alert"}
            className={`rounded border p-3 ${logoOutcome === "saved" ? "border-green-700 bg-green-50 text-green-900" : "border-red-700 bg-red-50 text-red-900"}`}
          >
            {t(`logo.${logoOutcome}`)}
          </p>
        )}
        {partner.logoPath && (
          // eslint-disable-next-line @next/next/no-img-element -- local, resized on upload
          <img
            src={partner.logoPath}
            alt={t("logo.current")}
            width={200}
            height={100}
            className="h-24 w-48 object-contain"
          />
        )}
        <form
          method="post"
          action={`/admin/partners/${partner.id}/logo`}
          encType="multipart/form-data"
          className="space-y-3"
        >
          <div>
            <label htmlFor="logo-file" className="block font-medium">
              {t("logo.label")}
            </label>
            <input id="logo-file" name="logo" type="file" accept="image/jpeg,image/png,image/webp" required />
          </div>
          <button type="submit" className="rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">
            {t("logo.upload")}
          </button>
        </form>
      </section>

      <section aria-labelledby="link-heading" className={box}>
        <h2 id="link-heading" className="text-xl font-semibold">
          {t("link.heading")}
        </h2>
        <p>{t("link.hint")}</p>
        <ul className="space-y-1">
          {locales.map((locale) => (
            <li key={locale}>
              {t(`languages.${locale}`)}:{" "}
              <code className="break-all">{`${appUrl}${localePath(locale, "/petition")}?partner=${partner.code}`}</code>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="embed-heading" className={box}>
        <h2 id="embed-heading" className="text-xl font-semibold">
          {t("embed.heading")}
        </h2>
        <p>{t("embed.hint", { origin: partner.origin })}</p>
        {snippets.map(({ locale, html }) =>
          html ? (
            <div key={locale}>
              <label htmlFor={`embed-${locale}`} className="block font-medium">
                {t("embed.language", { language: t(`languages.${locale}`) })}
              </label>
              <textarea id={`embed-${locale}`} readOnly rows={8} className={codeBlock} defaultValue={html} />
            </div>
          ) : null,
        )}
      </section>

      <section aria-labelledby="counter-heading" className={box}>
        <h2 id="counter-heading" className="text-xl font-semibold">
          {t("counter.heading")}
        </h2>
        <p>{t("counter.hint")}</p>
        {locales.map((locale) => (
          <div key={locale}>
            <label htmlFor={`counter-${locale}`} className="block font-medium">
              {t(`languages.${locale}`)}
            </label>
            <textarea
              id={`counter-${locale}`}
              readOnly
              rows={2}
              className={codeBlock}
              defaultValue={`<a href="${appUrl}${localePath(locale, "/petition")}?partner=${partner.code}"><img src="${appUrl}${localePath(locale, "/petition/counter.svg")}" width="320" height="96" alt="${counterAlts[locale]}"></a>`}
            />
          </div>
        ))}
      </section>

      <section aria-labelledby="counts-link-heading" className={`max-w-3xl ${box}`}>
        <h2 id="counts-link-heading" className="text-xl font-semibold">
          {t("countsLink.heading")}
        </h2>
        <p>{t("countsLink.hint")}</p>
        <p>
          {partner.countsLinkIssuedAt
            ? t("countsLink.issuedAt", {
                date: partner.countsLinkIssuedAt.toISOString().slice(0, 16).replace("T", " "),
              })
            : t("countsLink.none")}
        </p>
        <PartnerActionForm
          action={issueCountsLinkAction}
          hidden={{ id: partner.id }}
          submitLabel={t("countsLink.issue")}
        />
        {partner.countsLinkIssuedAt && (
          <PartnerActionForm
            action={revokeCountsLinkAction}
            hidden={{ id: partner.id }}
            submitLabel={t("countsLink.revoke")}
            danger
          />
        )}
      </section>
    </div>
  );
}
