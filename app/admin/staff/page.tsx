import { ActionForm, HiddenField, SelectField, TextField } from "@/components/admin/action-form";
import { requireStaff } from "@/lib/auth/session";
import { listStaff } from "@/lib/staff/list-staff";
import { inviteStaffAction, updateStaffAccessAction } from "./actions";

export const metadata = { title: "Staff" };

const roleOptions = [
  { value: "EDITOR", label: "Editor (content and petition)" },
  { value: "ADMIN", label: "Administrator (also staff and audit log)" },
];

export default async function StaffPage() {
  const me = await requireStaff("ADMIN");
  const { users, invites } = await listStaff(me);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">Staff</h1>
      <section aria-labelledby="people-heading" className="space-y-3 rounded bg-white p-4">
        <h2 id="people-heading" className="text-xl font-semibold">
          Accounts
        </h2>
        <ul className="divide-y">
          {users.map((user) => (
            <li key={user.id} className="space-y-2 py-3">
              <p>
                <span className="font-semibold">{user.name}</span> · {user.email} ·{" "}
                {user.role === "ADMIN" ? "Administrator" : "Editor"}
                {user.disabledAt ? " · disabled" : ""}
                {user.totpEnabledAt ? "" : " · second factor not set up"}
                {user.lastLoginAt
                  ? ` · last sign-in ${user.lastLoginAt.toISOString().slice(0, 16).replace("T", " ")} UTC`
                  : ""}
              </p>
              {user.id !== me.id && (
                <ActionForm action={updateStaffAccessAction} submitLabel={`Apply to ${user.email}`}>
                  <HiddenField name="userId" value={user.id} />
                  <SelectField
                    name="change"
                    label={`Change for ${user.email}`}
                    options={[
                      user.disabledAt
                        ? { value: "enable", label: "Enable the account" }
                        : { value: "disable", label: "Disable the account (ends its sessions)" },
                      user.role === "ADMIN"
                        ? { value: "make-editor", label: "Make editor" }
                        : { value: "make-admin", label: "Make administrator" },
                      { value: "end-sessions", label: "Sign them out everywhere" },
                      { value: "reset-second-factor", label: "Reset their second factor (lost phone)" },
                    ]}
                  />
                </ActionForm>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="invite-heading" className="space-y-3 rounded bg-white p-4">
        <h2 id="invite-heading" className="text-xl font-semibold">
          Invite someone
        </h2>
        <ActionForm action={inviteStaffAction} submitLabel="Create invitation">
          <TextField name="email" label="Their email" type="email" required />
          <SelectField name="role" label="Role" options={roleOptions} defaultValue="EDITOR" />
        </ActionForm>
        {invites.length > 0 && (
          <>
            <h3 className="font-semibold">Open invitations</h3>
            <ul className="list-disc pl-6">
              {invites.map((invite) => (
                <li key={invite.id}>
                  {invite.email} ({invite.role.toLowerCase()}), until{" "}
                  {invite.expiresAt.toISOString().slice(0, 16).replace("T", " ")} UTC
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
