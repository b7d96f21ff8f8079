import { listStaffSessions } from "@/lib/auth/list-staff-sessions";
import { requireStaff } from "@/lib/auth/session";
import { getAdminTranslations } from "@/lib/i18n/admin-translations";
import { endSession, signOut, signOutEverywhere } from "./actions";

export async function generateMetadata() {
  const t = await getAdminTranslations("adminAccount");
  return { title: t("title") };
}

const time = (date: Date) => date.toISOString().slice(0, 16).replace("T", " ") + " UTC";

export default async function AccountPage() {
  const staff = await requireStaff();
  const sessions = await listStaffSessions(staff);
  const t = await getAdminTranslations("adminAccount");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>
        {staff.name} · {staff.email} · {t("role", { role: staff.role })}
      </p>
      <form action={signOut}>
        <button type="submit" className="rounded bg-stone-800 px-4 py-2 font-semibold text-white">
          {t("signOut")}
        </button>
      </form>
      <section aria-labelledby="sessions-heading" className="space-y-2">
        <h2 id="sessions-heading" className="text-xl font-bold">
          {t("sessionsHeading")}
        </h2>
        <p className="text-sm text-stone-700">{t("sessionsHint")}</p>
        <table className="w-full border-collapse bg-white text-left text-sm">
          <thead>
            <tr className="border-b border-stone-300">
              <th scope="col" className="p-2">
                {t("device")}
              </th>
              <th scope="col" className="p-2">
                {t("signedIn")}
              </th>
              <th scope="col" className="p-2">
                {t("lastSeen")}
              </th>
              <th scope="col" className="p-2">
                <span className="sr-only">{t("action")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => (
              <tr key={session.id} className="border-b border-stone-200">
                <td className="p-2">
                  {session.device}
                  {session.current && ` ${t("thisDevice")}`}
                </td>
                <td className="p-2">{time(session.createdAt)}</td>
                <td className="p-2">{time(session.lastSeenAt)}</td>
                <td className="p-2">
                  {!session.current && (
                    <form action={endSession}>
                      <input type="hidden" name="sessionId" value={session.id} />
                      <button
                        type="submit"
                        aria-label={t("endSessionLabel", { device: session.device, time: time(session.createdAt) })}
                        className="rounded bg-red-800 px-3 py-1 font-semibold text-white"
                      >
                        {t("endSession")}
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
        <p>{t("everywhereIntro")}</p>
        <button type="submit" className="rounded bg-red-800 px-4 py-2 font-semibold text-white">
          {t("everywhere")}
        </button>
      </form>
    </div>
  );
}
