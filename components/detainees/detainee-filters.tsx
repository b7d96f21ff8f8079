import { getTranslations } from "next-intl/server";
import type { DetaineeQuery } from "@/lib/detainees/detainee-query";
import { detaineeSorts } from "@/lib/detainees/detainee-query";
import type { DetaineeFilterOptions } from "@/lib/detainees/get-detainee-filter-options";
import { translatedField } from "@/lib/i18n/translated-field";
import { localePath, type Locale } from "@/lib/i18n/routing";

const fieldClass = "mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1.5 text-stone-900";
const labelClass = "block text-sm font-medium text-stone-800";

/**
 * A plain GET form: the search and filters end up in the URL (shareable, bookmarkable)
 * and it works with JavaScript off.
 */
export async function DetaineeFilters({
  query,
  options,
  locale,
}: {
  query: DetaineeQuery;
  options: DetaineeFilterOptions;
  locale: Locale;
}) {
  const t = await getTranslations("detainees");
  const status = await getTranslations("status");
  const select = (name: keyof DetaineeQuery, label: string, items: { value: string; label: string }[]) => (
    <div>
      <label htmlFor={`filter-${name}`} className={labelClass}>
        {label}
      </label>
      <select
        id={`filter-${name}`}
        name={name}
        defaultValue={query[name] === undefined ? "" : String(query[name])}
        className={fieldClass}
      >
        <option value="">{t("any")}</option>
        {items.map((item) => (
          <option key={item.value} value={item.value}>
            {item.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <form
      method="get"
      action={localePath(locale, "/detainees")}
      role="search"
      aria-label={t("formLabel")}
      className="mt-6 rounded-lg border border-stone-200 bg-white p-4"
    >
      <div>
        <label htmlFor="filter-q" className={labelClass}>
          {t("searchLabel")}
        </label>
        <input
          id="filter-q"
          type="search"
          name="q"
          defaultValue={query.q ?? ""}
          maxLength={100}
          aria-describedby="filter-q-hint"
          className={fieldClass}
        />
        <p id="filter-q-hint" className="mt-1 text-sm text-stone-700">
          {t("searchHint")}
        </p>
      </div>
      <div className="mt-4 grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {select(
          "status",
          t("status"),
          options.statuses.map((s) => ({ value: s, label: status(s) })),
        )}
        {select(
          "affiliation",
          t("affiliation"),
          options.affiliations.map((a) => ({ value: a.slug, label: a.name })),
        )}
        {select(
          "occupation",
          t("occupation"),
          options.occupations.map((o) => ({
            value: o.value,
            label: translatedField(o.value, o.translations, "occupation", locale).value,
          })),
        )}
        {select(
          "charge",
          t("charge"),
          options.charges.map((c) => ({
            value: c.value,
            label: translatedField(c.value, c.translations, "description", locale).value,
          })),
        )}
        {select(
          "year",
          t("year"),
          options.years.map((y) => ({ value: String(y), label: String(y) })),
        )}
        <div>
          <label htmlFor="filter-sort" className={labelClass}>
            {t("sort")}
          </label>
          <select id="filter-sort" name="sort" defaultValue={query.sort ?? "name"} className={fieldClass}>
            {detaineeSorts.map((sort) => (
              <option key={sort} value={sort}>
                {t(`sortBy.${sort}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">
          {t("apply")}
        </button>
        <a href={localePath(locale, "/detainees")} className="underline">
          {t("clear")}
        </a>
      </div>
    </form>
  );
}
