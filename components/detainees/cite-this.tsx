import { getTranslations } from "next-intl/server";
import { formatPartialDate } from "@/lib/dates/format-partial-date";

/**
 * A ready citation: name, site, permalink and the date this copy was retrieved.
 * The page is served from a cache, so "retrieved" is the day this copy was made,
 * which is also the day its facts were read from the database.
 */
export async function CiteThis({
  title,
  siteName,
  permalink,
  retrievedOn,
  locale,
}: {
  title: string;
  siteName: string;
  permalink: string;
  retrievedOn: Date;
  locale: string;
}) {
  const t = await getTranslations("cite");
  const date = formatPartialDate(retrievedOn, "DAY", locale);
  return (
    <section aria-labelledby="cite-heading" className="mt-10 rounded-lg border border-stone-300 bg-white p-4">
      <h2 id="cite-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="mt-2 text-sm text-stone-700 print:hidden">{t("hint")}</p>
      <blockquote className="mt-3 border-l-4 border-stone-300 pl-3 font-mono text-sm break-words">
        {t("citation", { title, site: siteName, date })} <span className="break-all">{permalink}</span>
      </blockquote>
      <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm print:hidden">
        <dt className="font-semibold">{t("permalink")}</dt>
        <dd className="break-all">
          <a href={permalink} className="underline">
            {permalink}
          </a>
        </dd>
        <dt className="font-semibold">{t("retrieved")}</dt>
        <dd>
          <time dateTime={retrievedOn.toISOString().slice(0, 10)}>{date}</time>
        </dd>
      </dl>
    </section>
  );
}
