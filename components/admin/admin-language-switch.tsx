import { locales, type Locale } from "@/lib/i18n/routing";

const languageNames: Record<Locale, string> = { en: "English", az: "Azərbaycanca", ru: "Русский" };

/** A plain form (no JavaScript): the route sets the cookie and sends staff back to this page. */
export function AdminLanguageSwitch({ current, label, submit }: { current: Locale; label: string; submit: string }) {
  return (
    <form method="post" action="/admin/language" className="ml-auto flex items-center gap-2 text-sm">
      <label htmlFor="admin-language">{label}</label>
      <select
        id="admin-language"
        name="locale"
        defaultValue={current}
        className="rounded border border-stone-400 px-1 py-0.5"
      >
        {locales.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {languageNames[locale]}
          </option>
        ))}
      </select>
      <button type="submit" className="rounded border border-stone-500 px-2 py-0.5">
        {submit}
      </button>
    </form>
  );
}
