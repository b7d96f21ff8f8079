import { listStaffSessions } from "@/lib/auth/list-staff-sessions";
import { requireStaff } from "@/lib/auth/session";
import { endSession, signOut, signOutEverywhere } from "./actions";

export const metadata = { title: "Your account" };

const time = (date: Date) => date.toISOString().slice(0, 16).replace("T", " ") + " UTC";

export default async function AccountPage() {
  const staff = await requireStaff();
  const sessions = await listStaffSessions(staff);
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
      <section aria-labelledby="sessions-heading" className="space-y-2">
        <h2 id="sessions-heading" className="text-xl font-bold">
          Where you are signed in
        </h2>
        <p className="text-sm text-stone-700">
          A session ends 8 hours after sign-in, or after 30 minutes without activity.
        </p>
        <table className="w-full border-collapse bg-white text-left text-sm">
          <thead>
            <tr className="border-b border-stone-300">
              <th scope="col" className="p-2">
                Device
              </th>
              <th scope="col" className="p-2">
                Signed in
              </th>
              <th scope="col" className="p-2">
                Last seen
              </th>
              <th scope="col" className="p-2">
                <span className="sr-only">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => (
              <tr key={session.id} className="border-b border-stone-200">
                <td className="p-2">
                  {session.device}
                  {session.current && " (this device)"}
                </td>
                <td className="p-2">{time(session.createdAt)}</td>
                <td className="p-2">{time(session.lastSeenAt)}</td>
                <td className="p-2">
                  {!session.current && (
                    <form action={endSession}>
                      <input type="hidden" name="sessionId" value={session.id} />
                      <button
                        type="submit"
                        aria-label={`End session: ${session.device}, signed in ${time(session.createdAt)}`}
                        className="rounded bg-red-800 px-3 py-1 font-semibold text-white"
                      >
                        End session
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <form action={signOutEverywhere} className="space-y-2">
        <p>Lost a device, or signed in somewhere you should not have? This ends all your sessions at once.</p>
        <button type="submit" className="rounded bg-red-800 px-4 py-2 font-semibold text-white">
          Sign out everywhere
        </button>
      </form>
    </div>
  );
}
