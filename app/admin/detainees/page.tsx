import Link from "next/link";
import { requireStaff } from "@/lib/auth/session";
import { listDetaineesForAdmin } from "@/lib/detainees/list-detainees-for-admin";
import { getAdminTranslations } from "@/lib/i18n/admin-translations";

export async function generateMetadata() {
  return { title: (await getAdminTranslations("adminDetainees.list"))("metaTitle") };
}

export default async function DetaineesAdminPage() {
  const staff = await requireStaff();
  const [detainees, t, status, common] = await Promise.all([
    listDetaineesForAdmin(staff),
    getAdminTranslations("adminDetainees.list"),
    getAdminTranslations("status"),
    getAdminTranslations("adminCommon"),
  ]);
  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold">{t("heading")}</h1>
        <Link href="/admin/detainees/new" className="rounded bg-brand-800 px-4 py-2 font-semibold text-white">
          {t("new")}
        </Link>
      </div>
      <table className="w-full border-collapse bg-white">
        <thead>
          <tr className="border-b text-left">
            <th scope="col" className="p-2">
              {t("name")}
            </th>
            <th scope="col" className="p-2">
              {t("status")}
            </th>
            <th scope="col" className="p-2">
              {t("published")}
            </th>
            <th scope="col" className="p-2">
              {t("lastUpdated")}
            </th>
          </tr>
        </thead>
        <tbody>
          {detainees.map((d) => (
            <tr key={d.id} className="border-b">
              <td className="p-2">
                <Link href={`/admin/detainees/${d.id}`} className="underline">
                  {d.displayName}
                </Link>
              </td>
              <td className="p-2">{status.has(d.status) ? status(d.status) : d.status}</td>
              <td className="p-2">{d.published ? t("yes") : t("no")}</td>
              <td className="p-2">
                {common("utc", { time: d.updatedAt.toISOString().slice(0, 16).replace("T", " ") })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
