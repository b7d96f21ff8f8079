import { ActionForm } from "@/components/admin/action-form";
import { StatementFields } from "@/components/admin/statement-fields";
import { requireStaff } from "@/lib/auth/session";
import { getStatementChoices } from "@/lib/statements/get-statement-for-edit";
import { createStatementAction } from "../actions";

export const metadata = { title: "New statement" };

export default async function NewStatementPage() {
  const staff = await requireStaff();
  const choices = await getStatementChoices(staff);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">New statement</h1>
      <ActionForm action={createStatementAction} submitLabel="Create statement" className="rounded bg-white p-4">
        <StatementFields values={{}} organisations={choices.organisations} detainees={choices.detainees} />
      </ActionForm>
    </div>
  );
}
