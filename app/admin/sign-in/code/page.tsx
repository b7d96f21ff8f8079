import { redirect } from "next/navigation";
import { ActionForm, TextField } from "@/components/admin/action-form";
import { readPendingSignIn } from "@/lib/auth/session-cookie";
import { signInWithCode } from "../actions";

export const metadata = { title: "Authenticator code" };

export default async function CodePage() {
  const pending = await readPendingSignIn();
  if (!pending || pending.stage !== "code") redirect("/admin/sign-in");
  return (
    <div className="mx-auto max-w-md rounded bg-white p-6 shadow">
      <h1 className="mb-4 text-2xl font-bold">Authenticator code</h1>
      <p className="mb-4">Enter the 6-digit code your authenticator app shows for Free Voices ({pending.email}).</p>
      <ActionForm action={signInWithCode} submitLabel="Sign in">
        <TextField name="code" label="Code" autoComplete="one-time-code" inputMode="numeric" required />
      </ActionForm>
    </div>
  );
}
