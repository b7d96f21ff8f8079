import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { PublicSupporter } from "@/lib/petition/list-public-supporters";

type Props = { supporters: PublicSupporter[]; page: number; pages: number; total: number; locale: string };

const pageHref = (page: number) => (page === 1 ? "/petition#supporters" : `/petition/supporters?page=${page}`);

/** The public supporters list: plain links for paging, so it works without JavaScript. */
export async function SupportersList({ supporters, page, pages, total, locale }: Props) {
  const t = await getTranslations("ledger.supporters");
  const countries = new Intl.DisplayNames([locale, "en"], { type: "region" });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  return (
    <section id="supporters" aria-labelledby="supporters-heading" className="mt-10">
      <h2 id="supporters-heading" className="mb-2 text-2xl font-bold">
        {t("heading")}
      </h2>
      <p className="mb-4 text-sm">{t("intro", { count: total })}</p>
      {supporters.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="w-full text-left text-sm" data-testid="supporters">
          <caption className="sr-only">{t("caption", { page, pages })}</caption>
          <thead>
            <tr>
              <th scope="col" className="py-1 pr-2">
                {t("name")}
              </th>
              <th scope="col" className="py-1 pr-2">
                {t("country")}
              </th>
              <th scope="col" className="py-1">
                {t("date")}
              </th>
            </tr>
          </thead>
          <tbody>
            {supporters.map((supporter, index) => (
              <tr key={index} className="border-t border-stone-200">
                <td className="py-1 pr-2" dir="auto">
                  {supporter.name}
                </td>
                <td className="py-1 pr-2">{countries.of(supporter.country) ?? supporter.country}</td>
                <td className="py-1">
                  <time dateTime={supporter.date}>{day.format(new Date(`${supporter.date}T00:00:00Z`))}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pages > 1 ? (
        <nav aria-label={t("pages")} className="mt-4 flex gap-6">
          {page > 1 ? (
            <Link className="underline" href={pageHref(page - 1)}>
              {t("newer")}
            </Link>
          ) : null}
          {page < pages ? (
            <Link className="underline" href={pageHref(page + 1)}>
              {t("older")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
