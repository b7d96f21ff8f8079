import Link from "next/link";
import { requireStaff } from "@/lib/auth/session";
import { getAdminTranslations } from "@/lib/i18n/admin-translations";
import { getPartnerListSetting } from "@/lib/partners/get-partner-list-setting";
import { listPartnersForAdmin } from "@/lib/partners/list-partners-for-admin";
import { PartnerActionForm } from "@/components/admin/partners/partner-action-form";
import { partnerFields } from "@/components/admin/partners/partner-fields";
import { addPartnerAction, setPartnerListShownAction } from "./actions";

export async function generateMetadata() {
  const t = await getAdminTranslations("adminPartners");
  return { title: t("title") };
}

export default async function PartnersPage() {
  const staff = await requireStaff();
  const t = await getAdminTranslations("adminPartners");
  const [partners, setting] = await Promise.all([listPartnersForAdmin(staff), getPartnerListSetting(staff)]);

  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>

      <section aria-labelledby="list-heading" className="space-y-3 rounded bg-white p-4">
        <h2 id="list-heading" className="text-xl font-semibold">
          {t("listHeading")}
        </h2>
        {partners.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <table className="w-full text-left">
            <thead>
              <tr>
                <th scope="col">{t("fields.name")}</th>
                <th scope="col">{t("fields.code")}</th>
                <th scope="col">{t("fields.origin")}</th>
              </tr>
            </thead>
            <tbody>
              {partners.map((partner) => (
                <tr key={partner.id} className="border-t">
                  <td>
                    <Link href={`/admin/partners/${partner.id}`} className="underline">
                      {partner.name}
                    </Link>
                  </td>
                  <td>
                    <code>{partner.code}</code>
                  </td>
                  <td>{partner.origin}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {setting && (
        <section aria-labelledby="shown-heading" className="space-y-3 rounded bg-white p-4">
          <h2 id="shown-heading" className="text-xl font-semibold">
            {t("listOnPetition.heading")}
          </h2>
          <p>{setting.showPartners ? t("listOnPetition.shown") : t("listOnPetition.hidden")}</p>
          <form action={setPartnerListShownAction}>
            <input type="hidden" name="petitionId" value={setting.petitionId} />
            <input type="hidden" name="show" value={setting.showPartners ? "0" : "1"} />
            <button
              type="submit"
              className="rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900"
            >
              {setting.showPartners ? t("listOnPetition.hide") : t("listOnPetition.show")}
            </button>
          </form>
        </section>
      )}

      <section aria-labelledby="add-heading" className="max-w-xl space-y-3 rounded bg-white p-4">
        <h2 id="add-heading" className="text-xl font-semibold">
          {t("addHeading")}
        </h2>
        <PartnerActionForm action={addPartnerAction} fields={partnerFields(t)} submitLabel={t("add")} />
      </section>
    </div>
  );
}
