import Link from "next/link";
import { getAdminTranslations } from "@/lib/i18n/admin-translations";

/** A record that does not exist (or was deleted) in the admin area, in the language staff chose. */
export default async function AdminNotFound() {
  const t = await getAdminTranslations("adminErrors");
  return (
    <div className="py-10">
      <h1 className="text-2xl font-bold">{t("notFoundTitle")}</h1>
      <p className="mt-4">{t("notFoundBody")}</p>
      <p className="mt-4">
        <Link href="/admin" className="underline">
          {t("back")}
        </Link>
      </p>
    </div>
  );
}
