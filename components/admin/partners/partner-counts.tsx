import Link from "next/link";
import type { StaffSession } from "@/lib/auth/session";
import { getAdminTranslations } from "@/lib/i18n/admin-translations";
import { countSignaturesByPartner } from "@/lib/partners/count-signatures-by-partner";

/** The admin petition page's counts by partner: confirmed signatures each partner brought, live. */
export async function PartnerCounts({ staff, petitionId }: { staff: StaffSession; petitionId: string }) {
  const t = await getAdminTranslations("adminPartners");
  const rows = await countSignaturesByPartner(staff, petitionId);
  return (
    <section aria-labelledby="partner-counts-heading" className="space-y-2 rounded bg-white p-4">
      <h2 id="partner-counts-heading" className="text-xl font-semibold">
        {t("counts.heading")}
      </h2>
      <table className="text-left">
        <thead>
          <tr>
            <th scope="col" className="pr-6">
              {t("counts.partner")}
            </th>
            <th scope="col">{t("counts.confirmed")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.partnerId ?? "none"} className="border-t">
              <td className="pr-6">
                {row.partnerId ? (
                  <Link href={`/admin/partners/${row.partnerId}`} className="underline">
                    {row.name}
                  </Link>
                ) : (
                  t("counts.direct")
                )}
              </td>
              <td data-testid={`partner-count-${row.code ?? "direct"}`}>{row.confirmed.toLocaleString("en")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-sm text-stone-700">{t("counts.note")}</p>
    </section>
  );
}
