import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { localePath, type Locale } from "@/lib/i18n/routing";
import { getPublishedStatements } from "@/lib/statements/get-published-statements";
import { pageMetadata } from "@/lib/site/page-metadata";
import { Container } from "@/components/ui/container";
import { StatementList } from "@/components/statements/statement-list";

export const revalidate = 60;

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "statements" });
  const site = await getTranslations({ locale, namespace: "site" });
  return pageMetadata({
    locale,
    path: "/statements",
    title: t("title"),
    description: t("intro"),
    siteName: site("name"),
  });
}

export default async function StatementsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("statements");
  const statements = await getPublishedStatements();
  return (
    <Container className="py-10">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 mb-8 max-w-3xl text-stone-700">{t("intro")}</p>
      {statements.length === 0 ? <p>{t("empty")}</p> : <StatementList statements={statements} headingLevel={2} />}
      <p className="mt-8 text-sm">
        <a href={localePath(locale, "/feed.xml")} type="application/atom+xml" className="underline">
          {t("feed")}
        </a>
      </p>
    </Container>
  );
}
