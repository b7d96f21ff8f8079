import { ActionForm, HiddenField, SelectField, TextField } from "@/components/admin/action-form";
import { requireStaff } from "@/lib/auth/session";
import { getAdminTranslations } from "@/lib/i18n/admin-translations";
import { listStaff } from "@/lib/staff/list-staff";
import { inviteStaffAction, updateStaffAccessAction } from "./actions";

export async function generateMetadata() {
  const t = await getAdminTranslations("adminStaff");
  return { title: t("title") };
}

const utc = (date: Date) => date.toISOString().slice(0, 16).replace("T", " ");

export default async function StaffPage() {
  const me = await requireStaff("ADMIN");
  const { users, invites } = await listStaff(me);
  const t = await getAdminTranslations("adminStaff");
  const roleOptions = [
    { value: "EDITOR", label: t("roleEditorOption") },
    { value: "ADMIN", label: t("roleAdminOption") },
  ];
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <section aria-labelledby="people-heading" className="space-y-3 rounded bg-white p-4">
        <h2 id="people-heading" className="text-xl font-semibold">
          {t("accounts")}
        </h2>
        <ul className="divide-y">
          {users.map((user) => (
            <li key={user.id} className="space-y-2 py-3">
              <p>
                <span className="font-semibold">{user.name}</span> · {user.email} · {t("role", { role: user.role })}
                {user.disabledAt ? ` · ${t("disabled")}` : ""}
                {user.totpEnabledAt ? "" : ` · ${t("noSecondFactor")}`}
                {user.lastLoginAt ? ` · ${t("lastSignIn", { time: utc(user.lastLoginAt) })}` : ""}
              </p>
              {user.id !== me.id && (
                <ActionForm action={updateStaffAccessAction} submitLabel={t("apply", { email: user.email })}>
                  <HiddenField name="userId" value={user.id} />
                  <SelectField
                    name="change"
                    label={t("changeFor", { email: user.email })}
                    options={[
                      user.disabledAt
                        ? { value: "enable", label: t("enable") }
                        : { value: "disable", label: t("disable") },
                      user.role === "ADMIN"
                        ? { value: "make-editor", label: t("makeEditor") }
                        : { value: "make-admin", label: t("makeAdmin") },
                      { value: "end-sessions", label: t("endSessions") },
                      { value: "reset-second-factor", label: t("resetSecondFactor") },
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
          {t("inviteHeading")}
        </h2>
        <ActionForm action={inviteStaffAction} submitLabel={t("createInvitation")}>
          <TextField name="email" label={t("theirEmail")} type="email" required />
          <SelectField name="role" label={t("roleLabel")} options={roleOptions} defaultValue="EDITOR" />
        </ActionForm>
        {invites.length > 0 && (
          <>
            <h3 className="font-semibold">{t("openInvitations")}</h3>
            <ul className="list-disc pl-6">
              {invites.map((invite) => (
                <li key={invite.id}>
                  {t("openInvitation", { email: invite.email, role: invite.role, time: utc(invite.expiresAt) })}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
