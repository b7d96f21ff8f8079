import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { getPublishedDetaineeBySlug } from "@/lib/detainees/get-published-detainee-by-slug";
import type { Locale } from "@/lib/i18n/routing";
import { getPathname } from "@/lib/i18n/navigation";
import { DetaineeProfileView } from "@/components/detainees/detainee-profile";

export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const result = await getPublishedDetaineeBySlug(slug);
  if (!result || !("profile" in result)) return {};
  return { title: result.profile.displayName };
}

export default async function DetaineePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const result = await getPublishedDetaineeBySlug(slug);
  if (!result) notFound();
  if ("redirectTo" in result) {
    permanentRedirect(getPathname({ href: `/detainees/${result.redirectTo}`, locale }));
  }
  return <DetaineeProfileView profile={result.profile} locale={locale} />;
}
