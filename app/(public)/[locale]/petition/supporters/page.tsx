import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { Container } from "@/components/ui/container";
import { SupportersList } from "@/components/petition/supporters-list";
import { getPublicPetition } from "@/lib/petition/get-public-petition";
import { listPublicSupporters } from "@/lib/petition/list-public-supporters";
import { pageNumber } from "@/lib/petition/page-number";

// The older pages of the supporters list (the newest are on the petition page).
// Rendered per request: the page number is in the query.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "ledger.supporters" });
  return { title: t("heading") };
}

export default async function SupportersPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ page?: string | string[] }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("ledger.supporters");
  const page = pageNumber((await searchParams).page);
  const petition = await getPublicPetition();
  if (page === null || !petition || petition.status === "DRAFT") notFound();
  const list = await listPublicSupporters(petition.id, page);
  if (page > list.pages) notFound();
  return (
    <Container className="max-w-3xl py-10">
      <p>
        <Link href="/petition" className="underline">
          {t("back")}
        </Link>
      </p>
      <SupportersList {...list} page={page} locale={locale} />
    </Container>
  );
}
