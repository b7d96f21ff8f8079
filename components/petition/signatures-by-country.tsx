import { getTranslations } from "next-intl/server";

/**
 * Signatures by country: bars for a glance (plain HTML and CSS, no script), and the
 * full table for screen readers and anyone who wants numbers.
 */
export async function SignaturesByCountry({
  rows,
  locale,
}: {
  rows: { country: string; count: number }[];
  locale: string;
}) {
  const t = await getTranslations("petition");
  const names = new Intl.DisplayNames([locale, "en"], { type: "region" });
  const number = new Intl.NumberFormat(locale);
  const top = rows.slice(0, 10);
  const max = top[0]?.count ?? 0;
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
              <li key={row.country} className="grid grid-cols-[10rem_1fr_4rem] items-center gap-2 text-sm">
                <span className="truncate">{names.of(row.country) ?? row.country}</span>
                <span
                  className="block h-4 rounded bg-brand-700"
                  style={{ width: `${Math.max(2, (row.count / max) * 100)}%` }}
                />
                <span className="text-right tabular-nums">{number.format(row.count)}</span>
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
                  <td className="py-1 text-right tabular-nums">{number.format(row.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
