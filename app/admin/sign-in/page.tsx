import { redirect } from "next/navigation";
import { ActionForm, TextField } from "@/components/admin/action-form";
import { ProofOfWorkStep } from "@/components/admin/proof-of-work-step";
import { getStaffSession } from "@/lib/auth/session";
import { signInWithPassword } from "./actions";

export const metadata = { title: "Sign in" };

export default async function SignInPage() {
  if (await getStaffSession()) redirect("/admin");
  return (
    <div className="mx-auto max-w-md rounded bg-white p-6 shadow">
      <h1 className="mb-4 text-2xl font-bold">Staff sign-in</h1>
      <ActionForm action={signInWithPassword} submitLabel="Continue">
        <TextField name="email" label="Email" type="email" autoComplete="username" required />
        <TextField name="password" label="Password" type="password" autoComplete="current-password" required />
        <ProofOfWorkStep />
      </ActionForm>
      <p className="mt-4 text-sm text-stone-700">Accounts are created by an administrator&apos;s invitation.</p>
    </div>
  );
}
