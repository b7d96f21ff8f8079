import { nameForLocale } from "@/lib/detainees/name-for-locale";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { localePath, type Locale } from "@/lib/i18n/routing";
import { getPressContacts } from "@/lib/press/get-press-contacts";
import { getPressKitPhotos } from "@/lib/press/get-press-kit-photos";
import { pageMetadata } from "@/lib/site/page-metadata";
import { absoluteUrl } from "@/lib/site/absolute-url";
import { Link } from "@/lib/i18n/navigation";
import { Container } from "@/components/ui/container";
import { SectionHeading } from "@/components/ui/section-heading";
import { PressSubscribeForm } from "@/components/press/press-subscribe-form";
import { subscribeToPressAction } from "@/lib/press/press-actions";

export const revalidate = 60;

const errorKeys = [
  "nameRequired",
  "nameTooLong",
  "nameControl",
  "nameHtml",
  "nameFormula",
  "nameUrl",
  "nameLetters",
  "outletRequired",
  "outletTooLong",
  "outletInvalid",
  "emailRequired",
  "emailTooLong",
  "emailInvalid",
  "languageInvalid",
] as const;

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "press" });
  const site = await getTranslations({ locale, namespace: "site" });
  return pageMetadata({ locale, path: "/press", title: t("title"), description: t("intro"), siteName: site("name") });
}

export default async function PressPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("press");
  const site = await getTranslations("site");
  const list = await getTranslations("pressList");
  const [contacts, photos] = await Promise.all([getPressContacts(), getPressKitPhotos()]);
  const downloads = [
    { href: "/api/v1/detainees.csv", label: t("downloads.csv") },
    { href: "/api/v1/detainees", label: t("downloads.json") },
    { href: "/api/v1/statements", label: t("downloads.statements") },
    { href: "/api/v1/openapi.json", label: t("downloads.openapi") },
    { href: localePath(locale, "/feed.xml"), label: t("downloads.feed") },
  ];

  return (
    <Container className="py-10">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">{t("intro")}</p>

      <section className="mt-10" aria-labelledby="contacts-heading">
        <SectionHeading id="contacts-heading">{t("contacts")}</SectionHeading>
        {contacts.length === 0 ? (
          <p>{t("noContacts")}</p>
        ) : (
          <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            {contacts.map((contact) => (
              <li key={contact.id} className="rounded-lg border border-stone-200 bg-white p-4">
                <p className="font-semibold">{contact.name}</p>
                {contact.role || contact.organisation ? (
                  <p className="text-sm text-stone-700">
                    {[contact.role, contact.organisation?.name].filter(Boolean).join(", ")}
                  </p>
                ) : null}
                {contact.email ? (
                  <p className="mt-1">
                    <a href={`mailto:${contact.email}`} className="underline">
                      {contact.email}
                    </a>
                  </p>
                ) : null}
                {contact.phone ? (
                  <p>
                    <a href={`tel:${contact.phone.replace(/[^+0-9]/g, "")}`} className="underline">
                      {contact.phone}
                    </a>
                  </p>
                ) : null}
                {contact.languages.length > 0 ? (
                  <p className="text-sm text-stone-700">
                    {t("languages", { languages: contact.languages.join(", ") })}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="mt-10" aria-labelledby="subscribe-heading">
        <SectionHeading id="subscribe-heading">{list("heading")}</SectionHeading>
        <p className="max-w-3xl">{list("intro")}</p>
        <p className="mt-3 mb-4 max-w-3xl">{list("embargo")}</p>
        <PressSubscribeForm
          action={subscribeToPressAction}
          locale={locale}
          text={{
            name: list("name"),
            outlet: list("outlet"),
            outletHint: list("outletHint"),
            email: list("email"),
            language: list("language"),
            languages: { en: list("languages.en"), az: list("languages.az"), ru: list("languages.ru") },
            submit: list("submit"),
            sent: list("sent"),
            results: Object.fromEntries(
              (["fixErrors", "rateLimited", "unavailable", "forbidden"] as const).map((key) => [
                key,
                list(`results.${key}`),
              ]),
            ),
            errors: Object.fromEntries(errorKeys.map((key) => [key, list(`errors.${key}`)])),
          }}
        />
      </section>

      <section className="mt-10" aria-labelledby="kit-heading">
        <SectionHeading id="kit-heading">{t("kit")}</SectionHeading>
        <p className="mb-4 max-w-3xl">{t("kitIntro")}</p>
        {photos.length === 0 ? (
          <p>{t("noPhotos")}</p>
        ) : (
          <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3">
            {photos.map((photo) => (
              <li key={photo.slug}>
                <figure>
                  {/* eslint-disable-next-line @next/next/no-img-element -- local, already resized on upload */}
                  <img
                    src={photo.photoPath!}
                    alt={nameForLocale(photo, locale)}
                    width={240}
                    height={240}
                    className="aspect-square w-full rounded object-cover"
                  />
                  <figcaption className="mt-1 text-sm">
                    <Link href={`/detainees/${photo.slug}`} className="underline">
                      {nameForLocale(photo, locale)}
                    </Link>
                    <span className="block text-stone-700">
                      {t("credit", {
                        credit: photo.photoCredit ?? t("creditUnknown"),
                        licence: photo.photoLicence ?? t("licenceUnknown"),
                      })}
                    </span>
                    <a href={photo.photoPath!} download className="underline">
                      {t("downloadPhoto")}
                    </a>
                  </figcaption>
                </figure>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="mt-10" aria-labelledby="cite-heading">
        <SectionHeading id="cite-heading">{t("howToCite")}</SectionHeading>
        <p className="max-w-3xl">{t("howToCiteText")}</p>
        <p className="mt-3 max-w-3xl border-l-4 border-stone-300 pl-3 font-mono text-sm">
          {t("citeExample", { site: site("name"), url: absoluteUrl("/detainees/…", locale) })}
        </p>
      </section>

      <section className="mt-10" aria-labelledby="data-heading">
        <SectionHeading id="data-heading">{t("data")}</SectionHeading>
        <p className="mb-3 max-w-3xl">{t("dataIntro")}</p>
        <ul className="list-disc space-y-1 pl-6">
          {downloads.map((d) => (
            <li key={d.href}>
              <a href={d.href} className="underline">
                {d.label}
              </a>{" "}
              <code className="text-sm text-stone-700">{d.href}</code>
            </li>
          ))}
        </ul>
      </section>
    </Container>
  );
}
