import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaff } from "@/lib/auth/session";
import { getAdminTranslations } from "@/lib/i18n/admin-translations";
import { getCurrentPetition } from "@/lib/petition/get-current-petition";
import { listSupportersForAdmin } from "@/lib/petition/list-supporters-for-admin";
import { pageNumber } from "@/lib/petition/page-number";
import { setSupporterHiddenAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminTranslations("adminSupporters");
  return { title: t("title") };
}

export default async function SupportersAdminPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const staff = await requireStaff();
  const t = await getAdminTranslations("adminSupporters");
  const page = pageNumber((await searchParams).page);
  const petition = await getCurrentPetition();
  if (!petition || page === null) notFound();
  const { rows, pages, total } = await listSupportersForAdmin(staff, { petitionId: petition.id, page });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <p>{t("total", { count: total })}</p>
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="w-full bg-white text-sm">
          <thead>
            <tr className="text-left">
              <th scope="col" className="p-2">
                {t("date")}
              </th>
              <th scope="col" className="p-2">
                {t("name")}
              </th>
              <th scope="col" className="p-2">
                {t("country")}
              </th>
              <th scope="col" className="p-2">
                {t("state")}
              </th>
              <th scope="col" className="p-2">
                <span className="sr-only">{t("actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-t" data-testid="supporter-row">
                <td className="p-2">{row.confirmedAt?.toISOString().slice(0, 10)}</td>
                <td className="p-2">{row.name}</td>
                <td className="p-2">{row.country}</td>
                <td className="p-2">{row.hiddenAt ? t("hidden") : row.suspect ? t("suspect") : t("shown")}</td>
                <td className="p-2">
                  <form action={setSupporterHiddenAction}>
                    <input type="hidden" name="id" value={row.id} />
                    <input type="hidden" name="hidden" value={row.hiddenAt ? "0" : "1"} />
                    <button type="submit" className="rounded border border-stone-400 px-3 py-1">
                      {row.hiddenAt ? t("show", { name: row.name }) : t("hide", { name: row.name })}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pages > 1 ? (
        <nav aria-label={t("pages")} className="flex gap-4">
          {page > 1 ? (
            <Link className="underline" href={`/admin/petition/supporters?page=${page - 1}`}>
              {t("previous")}
            </Link>
          ) : null}
          {page < pages ? (
            <Link className="underline" href={`/admin/petition/supporters?page=${page + 1}`}>
              {t("next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
      <p>
        <Link className="underline" href="/admin/petition">
          {t("back")}
        </Link>
      </p>
    </div>
  );
}
