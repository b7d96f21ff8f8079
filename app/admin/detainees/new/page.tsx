import { ActionForm } from "@/components/admin/action-form";
import { DetaineeFields } from "@/components/admin/detainee-fields";
import { requireStaff } from "@/lib/auth/session";
import { createDetaineeAction } from "../actions";

export const metadata = { title: "New profile" };

export default async function NewDetaineePage() {
  await requireStaff();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">New profile</h1>
      <ActionForm action={createDetaineeAction} submitLabel="Create profile" className="rounded bg-white p-4">
        <DetaineeFields values={{}} />
      </ActionForm>
    </div>
  );
}
