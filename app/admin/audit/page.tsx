import Link from "next/link";
import { requireStaff } from "@/lib/auth/session";
import { AUDIT_PAGE_SIZE, listAuditEntries } from "@/lib/audit/list-audit-entries";
import { getAdminTranslations } from "@/lib/i18n/admin-translations";

export async function generateMetadata() {
  const t = await getAdminTranslations("adminAudit");
  return { title: t("title") };
}

type Search = { entityType?: string; entityId?: string; actorId?: string; from?: string; to?: string; page?: string };

const day = (value?: string) =>
  value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined;

function show(value: unknown, empty: string): string {
  if (value === null || value === undefined) return empty;
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

function describeChange(change: unknown, empty: string): string {
  if (change && typeof change === "object" && "from" in change && "to" in change) {
    const { from, to } = change as { from: unknown; to: unknown };
    return `${show(from, empty)} → ${show(to, empty)}`;
  }
  return show(change, empty);
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const staff = await requireStaff("ADMIN");
  const search = await searchParams;
  const t = await getAdminTranslations("adminAudit");
  const to = day(search.to);
  const { entries, total, page, actors, entityTypes } = await listAuditEntries(staff, {
    entityType: search.entityType || undefined,
    entityId: search.entityId?.trim() || undefined,
    actorId: search.actorId || undefined,
    from: day(search.from),
    to: to ? new Date(to.getTime() + 86_400_000) : undefined,
    page: Number(search.page) || 1,
  });
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const pageLink = (n: number) =>
    `/admin/audit?${new URLSearchParams({ ...Object.fromEntries(Object.entries(search).filter(([, v]) => v)), page: String(n) })}`;
  const input = "mt-1 block rounded border border-stone-500 bg-white px-2 py-1";
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded bg-white p-3">
        <div className="text-sm font-medium">
          <label htmlFor="filter-entityType">{t("recordType")}</label>
          <select id="filter-entityType" name="entityType" defaultValue={search.entityType ?? ""} className={input}>
            <option value="">{t("all")}</option>
            {entityTypes.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        </div>
        <div className="text-sm font-medium">
          <label htmlFor="filter-entityId">{t("recordId")}</label>
          <input id="filter-entityId" name="entityId" defaultValue={search.entityId ?? ""} className={input} />
        </div>
        <div className="text-sm font-medium">
          <label htmlFor="filter-actorId">{t("who")}</label>
          <select id="filter-actorId" name="actorId" defaultValue={search.actorId ?? ""} className={input}>
            <option value="">{t("anyone")}</option>
            {actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.email}
              </option>
            ))}
          </select>
        </div>
        <div className="text-sm font-medium">
          <label htmlFor="filter-from">{t("from")}</label>
          <input id="filter-from" type="date" name="from" defaultValue={search.from ?? ""} className={input} />
        </div>
        <div className="text-sm font-medium">
          <label htmlFor="filter-to">{t("to")}</label>
          <input id="filter-to" type="date" name="to" defaultValue={search.to ?? ""} className={input} />
        </div>
        <button type="submit" className="rounded bg-stone-800 px-3 py-1.5 font-semibold text-white">
          {t("filter")}
        </button>
      </form>
      <p>{t("entries", { count: total })}</p>
      <table className="w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b text-left">
            <th scope="col" className="p-2">
              {t("when")}
            </th>
            <th scope="col" className="p-2">
              {t("who")}
            </th>
            <th scope="col" className="p-2">
              {t("what")}
            </th>
            <th scope="col" className="p-2">
              {t("record")}
            </th>
            <th scope="col" className="p-2">
              {t("changes")}
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} className="border-b align-top">
              <td className="p-2 whitespace-nowrap">{entry.at.toISOString().slice(0, 19).replace("T", " ")}</td>
              <td className="p-2">{entry.actor?.email ?? t("system")}</td>
              <td className="p-2">{entry.action}</td>
              <td className="p-2">
                {entry.entityType} <span className="font-mono text-xs">{entry.entityId}</span>
              </td>
              <td className="p-2">
                <ul>
                  {Object.entries(
                    (entry.changes ?? {}) as Record<string, { from?: unknown; to?: unknown } | unknown>,
                  ).map(([field, change]) => (
                    <li key={field}>
                      <span className="font-semibold">{field}</span>: {describeChange(change, t("empty"))}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav aria-label={t("pages")} className="flex gap-4">
        {page > 1 && (
          <Link href={pageLink(page - 1)} className="underline">
            {t("newer")}
          </Link>
        )}
        <span>{t("page", { page, pages })}</span>
        {page < pages && (
          <Link href={pageLink(page + 1)} className="underline">
            {t("older")}
          </Link>
        )}
      </nav>
    </div>
  );
}
