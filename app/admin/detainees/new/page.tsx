import { ActionForm } from "@/components/admin/action-form";
import { DetaineeFields } from "@/components/admin/detainee-fields";
import { requireStaff } from "@/lib/auth/session";
import { getAdminTranslations } from "@/lib/i18n/admin-translations";
import { createDetaineeAction } from "../actions";

export async function generateMetadata() {
  return { title: (await getAdminTranslations("adminDetainees.create"))("metaTitle") };
}

export default async function NewDetaineePage() {
  await requireStaff();
  const t = await getAdminTranslations("adminDetainees.create");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <ActionForm action={createDetaineeAction} submitLabel={t("submit")} className="rounded bg-white p-4">
        <DetaineeFields values={{}} />
      </ActionForm>
    </div>
  );
}
