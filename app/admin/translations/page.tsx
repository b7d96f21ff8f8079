import Link from "next/link";
import { requireStaff } from "@/lib/auth/session";
import { getAdminTranslations } from "@/lib/i18n/admin-translations";
import { listTranslationQueue } from "@/lib/translations/list-translation-queue";
import { TRANSLATION_LOCALES } from "@/lib/translations/translation-input";

export async function generateMetadata() {
  return { title: (await getAdminTranslations("adminTranslations.queue"))("title") };
}

export default async function TranslationQueuePage() {
  const staff = await requireStaff();
  const [queue, t, tl] = await Promise.all([
    listTranslationQueue(staff),
    getAdminTranslations("adminTranslations.queue"),
    getAdminTranslations("adminTranslations.language"),
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <p>
        <Link href="/admin/translations/organisations" className="underline">
          {(await getAdminTranslations("adminTranslations.records"))("link")}
        </Link>
      </p>
      <nav aria-label={t("title")} className="flex gap-4">
        {TRANSLATION_LOCALES.map((locale) => (
          <a key={locale} href={`#queue-${locale}`} className="underline">
            {tl(locale)}
          </a>
        ))}
      </nav>
      {TRANSLATION_LOCALES.map((locale) => {
        const rows = queue[locale];
        const language = tl(locale);
        return (
          <section
            key={locale}
            id={`queue-${locale}`}
            aria-labelledby={`queue-${locale}-heading`}
            className="space-y-3"
          >
            <h2 id={`queue-${locale}-heading`} className="text-xl font-semibold">
              {t("languageHeading", { language, count: rows.length })}
            </h2>
            {rows.length === 0 ? (
              <p>{t("nothing")}</p>
            ) : (
              <table className="w-full border-collapse bg-white">
                <thead>
                  <tr className="border-b text-left">
                    <th scope="col" className="p-2">
                      {t("record")}
                    </th>
                    <th scope="col" className="p-2">
                      {t("field")}
                    </th>
                    <th scope="col" className="p-2">
                      {t("state")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => {
                    const field = t(`fields.${row.field}`);
                    return (
                      <tr key={row.href} className="border-b align-top">
                        <td className="p-2">
                          <span className="text-sm text-stone-700">{t(`entity.${row.entity}`)}</span>{" "}
                          <span lang="en">{row.record}</span>
                        </td>
                        <td className="p-2">
                          <Link
                            href={row.href}
                            className="underline"
                            aria-label={t("open", { field, record: row.record, language })}
                          >
                            {field}
                          </Link>
                        </td>
                        <td className="p-2">{row.status === "stale" ? t("stale") : t("missing")}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
    </div>
  );
}
