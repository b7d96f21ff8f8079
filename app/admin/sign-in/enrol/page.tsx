import { redirect } from "next/navigation";
import { ActionForm, TextField } from "@/components/admin/action-form";
import { getEnrolmentSecret } from "@/lib/auth/get-enrolment-secret";
import { readPendingSignIn } from "@/lib/auth/session-cookie";
import { totpQrDataUrl } from "@/lib/auth/totp";
import { finishEnrolment } from "../actions";

export const metadata = { title: "Set up your second factor" };

export default async function EnrolPage() {
  const pending = await readPendingSignIn();
  if (!pending || pending.stage !== "enrol") redirect("/admin/sign-in");
  const secret = await getEnrolmentSecret(pending.sub);
  if (!secret) redirect("/admin/sign-in");
  const qr = await totpQrDataUrl(secret, pending.email);
  return (
    <div className="mx-auto max-w-lg rounded bg-white p-6 shadow">
      <h1 className="mb-4 text-2xl font-bold">Set up your second factor</h1>
      <p className="mb-4">
        Every staff account needs an authenticator app (for example Aegis, FreeOTP or Google Authenticator). Scan this
        code with it, or type the key below, then enter the 6-digit code it shows.
      </p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made on the server */}
      <img src={qr} alt="QR code for your authenticator app" width={220} height={220} className="mb-4" />
      <p className="mb-4">
        Key:{" "}
        <code data-testid="totp-secret" className="rounded bg-stone-100 px-1 font-mono break-all">
          {secret}
        </code>
      </p>
      <ActionForm action={finishEnrolment} submitLabel="Confirm and sign in">
        <TextField name="code" label="Code from your app" autoComplete="one-time-code" inputMode="numeric" required />
      </ActionForm>
    </div>
  );
}
