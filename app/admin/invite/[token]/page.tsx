import { ActionForm, HiddenField, TextField } from "@/components/admin/action-form";
import { getOpenInvite } from "@/lib/staff/get-open-invite";
import { acceptInviteAction } from "./actions";

export const metadata = { title: "Accept invitation" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await getOpenInvite(token);
  if (!invite) {
    return (
      <div className="mx-auto max-w-md rounded bg-white p-6 shadow">
        <h1 className="mb-2 text-2xl font-bold">Invitation not valid</h1>
        <p>This invitation has been used or has expired. Ask an administrator for a new one.</p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md rounded bg-white p-6 shadow">
      <h1 className="mb-2 text-2xl font-bold">Join Free Voices</h1>
      <p className="mb-4">
        You are invited as {invite.role === "ADMIN" ? "an administrator" : "an editor"} with the address {invite.email}.
        Choose a password; next you will set up an authenticator app.
      </p>
      <ActionForm action={acceptInviteAction} submitLabel="Create my account">
        <HiddenField name="token" value={token} />
        <TextField name="name" label="Your name" autoComplete="name" required />
        <TextField
          name="password"
          label="Password (at least 12 characters)"
          type="password"
          autoComplete="new-password"
          required
        />
        <TextField name="passwordAgain" label="Password again" type="password" autoComplete="new-password" required />
      </ActionForm>
    </div>
  );
}
