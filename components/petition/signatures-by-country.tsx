import { getTranslations } from "next-intl/server";
import type { CountryCount } from "@/lib/petition/get-petition-count";

/**
 * Signatures by country: bars for a glance (plain HTML and CSS, no script), and the
 * full table for screen readers and anyone who wants numbers. Small counts arrive as
 * "fewer than 10" (see get-petition-count.ts) and are shown so, with a short bar.
 */
export async function SignaturesByCountry({ rows, locale }: { rows: CountryCount[]; locale: string }) {
  const t = await getTranslations("petition");
  const names = new Intl.DisplayNames([locale, "en"], { type: "region" });
  const number = new Intl.NumberFormat(locale);
  const top = rows.slice(0, 10);
  const countOf = (row: CountryCount) => ("count" in row ? row.count : 0);
  const max = Math.max(1, ...top.map(countOf));
  const shown = (row: CountryCount) =>
    "count" in row ? number.format(row.count) : t("fewerThan", { count: number.format(row.fewerThan) });
  return (
    <section aria-labelledby="by-country-heading" className="mt-10">
      <h2 id="by-country-heading" className="mb-4 text-2xl font-bold">
        {t("byCountryHeading")}
      </h2>
      {rows.length === 0 ? (
        <p>{t("byCountryEmpty")}</p>
      ) : (
        <>
          <ul aria-hidden="true" className="space-y-1">
            {top.map((row) => (
              <li key={row.country} className="grid grid-cols-[10rem_1fr_6rem] items-center gap-2 text-sm">
                <span className="truncate">{names.of(row.country) ?? row.country}</span>
                <span
                  className="block h-4 rounded bg-brand-700"
                  style={{ width: `${Math.max(2, (countOf(row) / max) * 100)}%` }}
                />
                <span className="text-right tabular-nums">{shown(row)}</span>
              </li>
            ))}
          </ul>
          <table className="mt-4 w-full max-w-md text-left text-sm">
            <caption className="text-left font-medium">{t("byCountryTable")}</caption>
            <thead>
              <tr>
                <th scope="col" className="py-1">
                  {t("country")}
                </th>
                <th scope="col" className="py-1 text-right">
                  {t("signatures")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.country} className="border-t border-stone-200">
                  <td className="py-1">{names.of(row.country) ?? row.country}</td>
                  <td className="py-1 text-right tabular-nums">{shown(row)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
