import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { firstValues, parseDetaineeQuery, detaineeQueryString } from "@/lib/detainees/detainee-query";
import { searchPublishedDetainees } from "@/lib/detainees/search-published-detainees";
import { getDetaineeFilterOptions } from "@/lib/detainees/get-detainee-filter-options";
import { pageMetadata } from "@/lib/site/page-metadata";
import { Link } from "@/lib/i18n/navigation";
import { Container } from "@/components/ui/container";
import { DetaineeCard } from "@/components/detainees/detainee-card";
import { DetaineeFilters } from "@/components/detainees/detainee-filters";

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "detainees" });
  const site = await getTranslations({ locale, namespace: "site" });
  return pageMetadata({
    locale,
    path: "/detainees",
    title: t("title"),
    description: t("intro"),
    siteName: site("name"),
  });
}

export const dynamic = "force-dynamic";

// Rendered per request: the search and filters live in the query string. The
// queries behind it are two indexed reads over published profiles only.
export default async function DetaineesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("detainees");
  const parsed = parseDetaineeQuery(firstValues(await searchParams));
  const query = parsed.query;
  const [detainees, options] = await Promise.all([searchPublishedDetainees(query), getDetaineeFilterOptions()]);
  const filtered =
    Object.values(query).some((v) => v !== undefined) && detaineeQueryString({ ...query, sort: undefined }) !== "";

  return (
    <Container className="py-10">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">{t("intro")}</p>

      <DetaineeFilters query={query} options={options} locale={locale} />

      {parsed.status === "invalid" ? (
        <p className="mt-4 rounded border border-amber-400 bg-amber-50 p-3 text-amber-950" role="status">
          {t("ignoredFilters", { fields: Object.keys(parsed.fieldErrors).join(", ") })}
        </p>
      ) : null}

      <section aria-labelledby="results-heading" className="mt-8">
        <h2 id="results-heading" className="mb-4 text-xl font-semibold">
          {t("results", { count: detainees.length })}
        </h2>
        {detainees.length === 0 ? (
          <div className="rounded-lg border border-stone-300 bg-white p-6">
            <p className="font-medium">{t("emptyTitle")}</p>
            <p className="mt-2 text-stone-700">{t("emptyHint")}</p>
            {filtered ? (
              <p className="mt-3">
                <Link href="/detainees" className="underline">
                  {t("clear")}
                </Link>
              </p>
            ) : null}
          </div>
        ) : (
          <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {detainees.map((detainee) => (
              <DetaineeCard key={detainee.slug} detainee={detainee} />
            ))}
          </ul>
        )}
        <p className="mt-6 text-sm">
          <a href={`/api/v1/detainees.csv${detaineeQueryString(query)}`} className="underline" download>
            {t("downloadCsv")}
          </a>
          {" · "}
          <a href={`/api/v1/detainees${detaineeQueryString(query)}`} className="underline">
            {t("viewJson")}
          </a>
        </p>
      </section>
    </Container>
  );
}
