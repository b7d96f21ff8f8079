import { ActionForm } from "@/components/admin/action-form";
import { StatementFields } from "@/components/admin/statement-fields";
import { requireStaff } from "@/lib/auth/session";
import { getAdminTranslations } from "@/lib/i18n/admin-translations";
import { getStatementChoices } from "@/lib/statements/get-statement-for-edit";
import { createStatementAction } from "../actions";

export async function generateMetadata() {
  return { title: (await getAdminTranslations("adminStatements.create"))("metaTitle") };
}

export default async function NewStatementPage() {
  const staff = await requireStaff();
  const [choices, t] = await Promise.all([getStatementChoices(staff), getAdminTranslations("adminStatements.create")]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <ActionForm action={createStatementAction} submitLabel={t("submit")} className="rounded bg-white p-4">
        <StatementFields values={{}} organisations={choices.organisations} detainees={choices.detainees} />
      </ActionForm>
    </div>
  );
}
