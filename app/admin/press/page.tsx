import { ActionForm, SelectField, TextField } from "@/components/admin/action-form";
import { requireStaff } from "@/lib/auth/session";
import { getAdminTranslations } from "@/lib/i18n/admin-translations";
import { listEmbargoedStatements, listPressMailings } from "@/lib/press/list-press-mailings";
import { listPressSubscribers, type PressSubscriberRow } from "@/lib/press/list-press-subscribers";
import { approvePressSubscriberAction, removePressSubscriberAction, sendEmbargoedStatementAction } from "./actions";

export async function generateMetadata() {
  const t = await getAdminTranslations("adminPress");
  return { title: t("title") };
}

const utc = (date: Date | null) => (date ? `${date.toISOString().slice(0, 16).replace("T", " ")} UTC` : "");

export default async function AdminPressPage() {
  const staff = await requireStaff();
  const t = await getAdminTranslations("adminPress");
  const [subscribers, statements, mailings] = await Promise.all([
    listPressSubscribers(staff),
    listEmbargoedStatements(staff),
    listPressMailings(staff),
  ]);
  const waiting = subscribers.filter((s) => s.status === "CONFIRMED");
  const approved = subscribers.filter((s) => s.status === "APPROVED");
  const language = (code: string) => (code === "az" || code === "ru" ? t(`languages.${code}`) : t("languages.en"));

  const table = (rows: PressSubscriberRow[], caption: string, approving: boolean) => (
    <table className="mt-3 w-full border-collapse text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-stone-400">
          <th scope="col" className="py-2 pr-3">
            {t("name")}
          </th>
          <th scope="col" className="py-2 pr-3">
            {t("outlet")}
          </th>
          <th scope="col" className="py-2 pr-3">
            {t("email")}
          </th>
          <th scope="col" className="py-2 pr-3">
            {t("language")}
          </th>
          <th scope="col" className="py-2 pr-3">
            {approving ? t("confirmedAt") : t("approvedAt")}
          </th>
          <th scope="col" className="py-2">
            {t("actions")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="border-b border-stone-200 align-top">
            <td className="py-2 pr-3">{row.name}</td>
            <td className="py-2 pr-3">{row.outlet}</td>
            <td className="py-2 pr-3 break-all">{row.email}</td>
            <td className="py-2 pr-3">{language(row.locale)}</td>
            <td className="py-2 pr-3">{utc(approving ? row.confirmedAt : row.approvedAt)}</td>
            <td className="flex flex-wrap gap-2 py-2">
              {approving && (
                <form action={approvePressSubscriberAction}>
                  <input type="hidden" name="id" value={row.id} />
                  <button
                    type="submit"
                    aria-label={`${t("approve")}: ${row.name}`}
                    className="rounded bg-brand-800 px-3 py-1 font-semibold text-white hover:bg-brand-900"
                  >
                    {t("approve")}
                  </button>
                </form>
              )}
              <form action={removePressSubscriberAction}>
                <input type="hidden" name="id" value={row.id} />
                <button
                  type="submit"
                  aria-label={`${t("remove")}: ${row.name}`}
                  className="rounded border border-red-800 px-3 py-1 font-semibold text-red-800 hover:bg-red-50"
                >
                  {t("remove")}
                </button>
              </form>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <div className="max-w-5xl space-y-10">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-3 max-w-3xl">{t("intro")}</p>
      </div>

      <section aria-labelledby="press-waiting">
        <h2 id="press-waiting" className="text-xl font-semibold">
          {t("waiting")}
        </h2>
        {waiting.length === 0 ? <p className="mt-2">{t("noneWaiting")}</p> : table(waiting, t("waiting"), true)}
      </section>

      <section aria-labelledby="press-approved">
        <h2 id="press-approved" className="text-xl font-semibold">
          {t("approved")}
        </h2>
        {approved.length === 0 ? <p className="mt-2">{t("noneApproved")}</p> : table(approved, t("approved"), false)}
      </section>

      <section aria-labelledby="press-send">
        <h2 id="press-send" className="text-xl font-semibold">
          {t("send.heading")}
        </h2>
        <p className="mt-2 max-w-3xl">{t("send.intro")}</p>
        {statements.length === 0 ? (
          <p className="mt-3">{t("send.none")}</p>
        ) : (
          <ActionForm action={sendEmbargoedStatementAction} submitLabel={t("send.submit")} className="mt-4 max-w-xl">
            <SelectField
              name="statementId"
              label={t("send.statement")}
              options={statements.map((s) => ({
                value: s.id,
                label: t("send.option", { title: s.title, time: utc(s.publishAt).replace(" UTC", "") }),
              }))}
            />
            <p>{t("send.recipients", { count: approved.length })}</p>
            <TextField
              name="code"
              label={t("send.code")}
              hint={t("send.codeHint")}
              inputMode="numeric"
              autoComplete="one-time-code"
              required
            />
          </ActionForm>
        )}
      </section>

      <section aria-labelledby="press-history">
        <h2 id="press-history" className="text-xl font-semibold">
          {t("history.heading")}
        </h2>
        {mailings.length === 0 ? (
          <p className="mt-2">{t("history.none")}</p>
        ) : (
          <table className="mt-3 w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-stone-400">
                <th scope="col" className="py-2 pr-3">
                  {t("history.statement")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("history.sentAt")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("history.embargoUntil")}
                </th>
                <th scope="col" className="py-2">
                  {t("history.recipients")}
                </th>
              </tr>
            </thead>
            <tbody>
              {mailings.map((m) => (
                <tr key={m.id} className="border-b border-stone-200">
                  <td className="py-2 pr-3">{m.statement.title}</td>
                  <td className="py-2 pr-3">{utc(m.createdAt)}</td>
                  <td className="py-2 pr-3">{utc(m.embargoUntil)}</td>
                  <td className="py-2">{m.recipients}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
