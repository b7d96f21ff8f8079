import { redirect } from "next/navigation";
import { ActionForm, TextField } from "@/components/admin/action-form";
import { getEnrolmentSecret } from "@/lib/auth/get-enrolment-secret";
import { readPendingSignIn } from "@/lib/auth/session-cookie";
import { totpQrDataUrl } from "@/lib/auth/totp";
import { getAdminTranslations } from "@/lib/i18n/admin-translations";
import { finishEnrolment } from "../actions";

export async function generateMetadata() {
  const t = await getAdminTranslations("adminSignIn");
  return { title: t("enrolTitle") };
}

export default async function EnrolPage() {
  const pending = await readPendingSignIn();
  if (!pending || pending.stage !== "enrol") redirect("/admin/sign-in");
  const secret = await getEnrolmentSecret(pending.sub);
  if (!secret) redirect("/admin/sign-in");
  const qr = await totpQrDataUrl(secret, pending.email);
  const t = await getAdminTranslations("adminSignIn");
  return (
    <div className="mx-auto max-w-lg rounded bg-white p-6 shadow">
      <h1 className="mb-4 text-2xl font-bold">{t("enrolTitle")}</h1>
      <p className="mb-4">{t("enrolIntro")}</p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made on the server */}
      <img src={qr} alt={t("qrAlt")} width={220} height={220} className="mb-4" />
      <p className="mb-4">
        {t("key")}{" "}
        <code data-testid="totp-secret" className="rounded bg-stone-100 px-1 font-mono break-all">
          {secret}
        </code>
      </p>
      <ActionForm action={finishEnrolment} submitLabel={t("enrolSubmit")}>
        <TextField name="code" label={t("enrolCode")} autoComplete="one-time-code" inputMode="numeric" required />
      </ActionForm>
    </div>
  );
}
