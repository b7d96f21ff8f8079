import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPublicPetition } from "@/lib/petition/get-public-petition";
import type { Locale } from "@/lib/i18n/routing";
import { PetitionPageBody } from "@/components/petition/petition-page-body";

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
  const petition = await getPublicPetition();
  if (!petition || petition.status === "DRAFT") notFound();
  return <PetitionPageBody locale={locale} petition={petition} />;
}
