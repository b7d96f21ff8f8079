import Link from "next/link";
import { requireStaff } from "@/lib/auth/session";
import { getAdminTranslations } from "@/lib/i18n/admin-translations";
import { listStatementsForAdmin } from "@/lib/statements/get-statement-for-edit";
import { publicationOf } from "@/lib/statements/statement-edit-fields";

export async function generateMetadata() {
  return { title: (await getAdminTranslations("adminStatements.list"))("metaTitle") };
}

const minute = (date: Date) => date.toISOString().slice(0, 16).replace("T", " ");

export default async function StatementsAdminPage() {
  const staff = await requireStaff();
  const [statements, t, common] = await Promise.all([
    listStatementsForAdmin(staff),
    getAdminTranslations("adminStatements.list"),
    getAdminTranslations("adminCommon"),
  ]);
  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold">{t("heading")}</h1>
        <Link href="/admin/statements/new" className="rounded bg-brand-800 px-4 py-2 font-semibold text-white">
          {t("new")}
        </Link>
      </div>
      <table className="w-full border-collapse bg-white">
        <thead>
          <tr className="border-b text-left">
            <th scope="col" className="p-2">
              {t("title")}
            </th>
            <th scope="col" className="p-2">
              {t("state")}
            </th>
            <th scope="col" className="p-2">
              {t("lastUpdated")}
            </th>
          </tr>
        </thead>
        <tbody>
          {statements.map((s) => {
            const state = publicationOf(s);
            return (
              <tr key={s.id} className="border-b">
                <td className="p-2">
                  <Link href={`/admin/statements/${s.id}`} className="underline">
                    {s.title}
                  </Link>
                </td>
                <td className="p-2">
                  {state === "SCHEDULED" && s.publishAt
                    ? t("scheduledFor", { time: minute(s.publishAt) })
                    : t(`states.${state}`)}
                </td>
                <td className="p-2">{common("utc", { time: minute(s.updatedAt) })}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
