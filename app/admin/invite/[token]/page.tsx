import { ActionForm, HiddenField, TextField } from "@/components/admin/action-form";
import { getAdminTranslations } from "@/lib/i18n/admin-translations";
import { getOpenInvite } from "@/lib/staff/get-open-invite";
import { acceptInviteAction } from "./actions";

export async function generateMetadata() {
  const t = await getAdminTranslations("adminInvite");
  return { title: t("metaTitle") };
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await getOpenInvite(token);
  const t = await getAdminTranslations("adminInvite");
  if (!invite) {
    return (
      <div className="mx-auto max-w-md rounded bg-white p-6 shadow">
        <h1 className="mb-2 text-2xl font-bold">{t("invalidTitle")}</h1>
        <p>{t("invalidBody")}</p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md rounded bg-white p-6 shadow">
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-4">{t("intro", { role: invite.role, email: invite.email })}</p>
      <ActionForm action={acceptInviteAction} submitLabel={t("submit")}>
        <HiddenField name="token" value={token} />
        <TextField name="name" label={t("name")} autoComplete="name" required />
        <TextField name="password" label={t("password")} type="password" autoComplete="new-password" required />
        <TextField
          name="passwordAgain"
          label={t("passwordAgain")}
          type="password"
          autoComplete="new-password"
          required
        />
      </ActionForm>
    </div>
  );
}
