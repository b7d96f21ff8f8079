import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPublicHistory } from "@/lib/history/get-public-history";
import { localePath, type Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { pageMetadata } from "@/lib/site/page-metadata";
import { Container } from "@/components/ui/container";
import { ChangeHistory } from "@/components/detainees/change-history";

export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const history = await getPublicHistory(slug);
  if (!history || "redirectTo" in history) return {};
  const [t, site] = await Promise.all([
    getTranslations({ locale, namespace: "history" }),
    getTranslations({ locale, namespace: "site" }),
  ]);
  return pageMetadata({
    locale,
    path: `/detainees/${history.detainee.slug}/history`,
    title: t("title", { name: history.detainee.displayName }),
    description: t("intro"),
    siteName: site("name"),
  });
}

export default async function DetaineeHistoryPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const history = await getPublicHistory(slug);
  if (!history) notFound();
  if ("redirectTo" in history) permanentRedirect(localePath(locale, `/detainees/${history.redirectTo}/history`));
  const t = await getTranslations("history");
  const { detainee, changes } = history;
  return (
    <Container className="py-10">
      <p>
        <Link href={`/detainees/${detainee.slug}`} className="underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold tracking-tight">{t("title", { name: detainee.displayName })}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">{t("intro")}</p>
      <ChangeHistory changes={changes} locale={locale} />
      <p className="mt-6 text-sm">
        <a href={`/api/v1/detainees/${detainee.slug}/history`} className="underline">
          {t("apiLink")}
        </a>
      </p>
    </Container>
  );
}
