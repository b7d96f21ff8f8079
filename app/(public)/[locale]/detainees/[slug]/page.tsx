import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPublishedDetaineeBySlug } from "@/lib/detainees/get-published-detainee-by-slug";
import { daysInDetention } from "@/lib/detainees/days-in-detention";
import { nameForLocale } from "@/lib/detainees/name-for-locale";
import { getLastPublicChangeAt } from "@/lib/history/get-public-history";
import { localePath, type Locale } from "@/lib/i18n/routing";
import { absoluteUrl } from "@/lib/site/absolute-url";
import { pageMetadata } from "@/lib/site/page-metadata";
import { DetaineeProfileView } from "@/components/detainees/detainee-profile";

export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const result = await getPublishedDetaineeBySlug(slug);
  if (!result || !("profile" in result)) return {};
  const { profile } = result;
  const [t, status, site] = await Promise.all([
    getTranslations({ locale, namespace: "detainee" }),
    getTranslations({ locale, namespace: "status" }),
    getTranslations({ locale, namespace: "site" }),
  ]);
  const days = daysInDetention(profile);
  const description = [status(profile.status), days === null ? null : t("daysInDetention", { days })]
    .filter(Boolean)
    .join(" · ");
  return pageMetadata({
    locale,
    path: `/detainees/${profile.slug}`,
    title: nameForLocale(profile, locale),
    description,
    siteName: site("name"),
    type: "profile",
    image: {
      // The version in the URL makes share services fetch a new card after an edit.
      url: `${localePath(locale, `/detainees/${profile.slug}/share-image`)}?v=${profile.updatedAt.getTime()}`,
      width: 1200,
      height: 630,
      alt: `${nameForLocale(profile, locale)}: ${description}`,
    },
  });
}

export default async function DetaineePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const result = await getPublishedDetaineeBySlug(slug);
  if (!result) notFound();
  if ("redirectTo" in result) {
    permanentRedirect(localePath(locale, `/detainees/${result.redirectTo}`));
  }
  return (
    <DetaineeProfileView
      profile={result.profile}
      locale={locale}
      permalink={absoluteUrl(`/detainees/${result.profile.slug}`, locale)}
      lastChangedAt={await getLastPublicChangeAt(result.profile.id)}
    />
  );
}
