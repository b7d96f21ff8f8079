import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { getPublishedStatementBySlug } from "@/lib/statements/get-published-statement-by-slug";
import { translatedField } from "@/lib/i18n/translated-field";
import { absoluteUrl } from "@/lib/site/absolute-url";
import { pageMetadata } from "@/lib/site/page-metadata";
import { StatementView } from "@/components/statements/statement-view";

export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const statement = await getPublishedStatementBySlug(slug);
  if (!statement) return {};
  const site = await getTranslations({ locale, namespace: "site" });
  const summary = statement.summary
    ? translatedField(statement.summary, statement.translations, "summary", locale).value
    : undefined;
  return pageMetadata({
    locale,
    path: `/statements/${statement.slug}`,
    title: translatedField(statement.title, statement.translations, "title", locale).value,
    description: summary,
    siteName: site("name"),
    type: "article",
  });
}

export default async function StatementPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const statement = await getPublishedStatementBySlug(slug);
  if (!statement) notFound();
  return (
    <StatementView
      statement={statement}
      locale={locale}
      permalink={absoluteUrl(`/statements/${statement.slug}`, locale)}
    />
  );
}
