import { requireStaff } from "@/lib/auth/session";
import { signOut, signOutEverywhere } from "./actions";

export const metadata = { title: "Your account" };

export default async function AccountPage() {
  const staff = await requireStaff();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Your account</h1>
      <p>
        {staff.name} · {staff.email} · {staff.role === "ADMIN" ? "Administrator" : "Editor"}
      </p>
      <form action={signOut}>
        <button type="submit" className="rounded bg-stone-800 px-4 py-2 font-semibold text-white">
          Sign out
        </button>
      </form>
      <form action={signOutEverywhere} className="space-y-2">
        <p>Lost a device, or signed in somewhere you should not have? This ends all your sessions at once.</p>
        <button type="submit" className="rounded bg-red-800 px-4 py-2 font-semibold text-white">
          Sign out everywhere
        </button>
      </form>
    </div>
  );
}
