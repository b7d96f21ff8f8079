import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { findPartnerByCode } from "@/lib/partners/find-partner-by-code";
import { getPublicPetition } from "@/lib/petition/get-public-petition";
import { localePath, type Locale } from "@/lib/i18n/routing";
import { PetitionPageBody } from "@/components/petition/petition-page-body";

// /petition?partner=code lands here (a rewrite in next.config.js): the petition page
// with the partner's code in its form, cached like /petition itself. Reading the query
// string on /petition would render that page for every reader.
export const revalidate = 10;

export function generateStaticParams() {
  return [];
}

type Params = { locale: Locale; code: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "petition" });
  // One address for search engines: the petition's own.
  return { title: t("metaTitle"), alternates: { canonical: localePath(locale, "/petition") } };
}

export default async function PartnerPetitionPage({ params }: { params: Promise<Params> }) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const petition = await getPublicPetition();
  if (!petition || petition.status === "DRAFT") notFound();
  // An unknown code (a partner removed, a typo) goes to the petition itself: nobody is
  // turned away, and made-up codes cannot make a rendered, cached page each (a cheap way
  // to spend our CPU and fill the page cache).
  const partner = await findPartnerByCode(code);
  if (!partner) redirect(localePath(locale, "/petition"));
  return <PetitionPageBody locale={locale} petition={petition} partner={partner} />;
}
