import { redirect } from "next/navigation";
import { ActionForm, TextField } from "@/components/admin/action-form";
import { ProofOfWorkStep } from "@/components/admin/proof-of-work-step";
import { getStaffSession } from "@/lib/auth/session";
import { getAdminTranslations } from "@/lib/i18n/admin-translations";
import { signInWithPassword } from "./actions";

export async function generateMetadata() {
  const t = await getAdminTranslations("adminSignIn");
  return { title: t("title") };
}

export default async function SignInPage() {
  if (await getStaffSession()) redirect("/admin");
  const t = await getAdminTranslations("adminSignIn");
  return (
    <div className="mx-auto max-w-md rounded bg-white p-6 shadow">
      <h1 className="mb-4 text-2xl font-bold">{t("heading")}</h1>
      <ActionForm action={signInWithPassword} submitLabel={t("continue")}>
        <TextField name="email" label={t("email")} type="email" autoComplete="username" required />
        <TextField name="password" label={t("password")} type="password" autoComplete="current-password" required />
        <ProofOfWorkStep />
      </ActionForm>
      <p className="mt-4 text-sm text-stone-700">{t("invitationOnly")}</p>
    </div>
  );
}
