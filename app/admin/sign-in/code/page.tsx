import { redirect } from "next/navigation";
import { ActionForm, TextField } from "@/components/admin/action-form";
import { readPendingSignIn } from "@/lib/auth/session-cookie";
import { getAdminTranslations } from "@/lib/i18n/admin-translations";
import { signInWithCode } from "../actions";

export async function generateMetadata() {
  const t = await getAdminTranslations("adminSignIn");
  return { title: t("codeTitle") };
}

export default async function CodePage() {
  const pending = await readPendingSignIn();
  if (!pending || pending.stage !== "code") redirect("/admin/sign-in");
  const t = await getAdminTranslations("adminSignIn");
  return (
    <div className="mx-auto max-w-md rounded bg-white p-6 shadow">
      <h1 className="mb-4 text-2xl font-bold">{t("codeTitle")}</h1>
      <p className="mb-4">{t("codeIntro", { email: pending.email })}</p>
      <ActionForm action={signInWithCode} submitLabel={t("signIn")}>
        <TextField name="code" label={t("code")} autoComplete="one-time-code" inputMode="numeric" required />
      </ActionForm>
    </div>
  );
}
