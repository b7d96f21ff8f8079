import Link from "next/link";
import { ActionForm, HiddenField } from "@/components/admin/action-form";
import { CampaignMessageFields, campaignFieldLabels } from "@/components/admin/campaign-message-fields";
import { requireStaff } from "@/lib/auth/session";
import { AlertPersonChooser, alertChooserLabels } from "@/components/admin/alert-person-chooser";
import { countCampaignRecipients } from "@/lib/campaign-mail/count-campaign-recipients";
import { listCampaignMessages } from "@/lib/campaign-mail/list-campaign-messages";
import { listDetaineesForAdmin } from "@/lib/detainees/list-detainees-for-admin";
import { getAdminTranslations } from "@/lib/i18n/admin-translations";
import { createCampaignMessageAction } from "./actions";

export async function generateMetadata() {
  const t = await getAdminTranslations("adminCampaign");
  return { title: t("list.metaTitle") };
}

const when = (date: Date | null) => (date ? date.toISOString().slice(0, 16).replace("T", " ") : "");

export default async function CampaignMessagesPage() {
  const staff = await requireStaff();
  const t = await getAdminTranslations("adminCampaign");
  const [messages, recipients, detainees] = await Promise.all([
    listCampaignMessages(staff),
    countCampaignRecipients(staff),
    listDetaineesForAdmin(staff),
  ]);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t("list.heading")}</h1>
      <p>{t("list.intro")}</p>
      <p className="font-semibold">{t("recipientsNow", { count: recipients.total })}</p>

      <section aria-labelledby="sent-heading" className="space-y-2 rounded bg-white p-4">
        <h2 id="sent-heading" className="text-xl font-semibold">
          {t("list.sentHeading")}
        </h2>
        {messages.length === 0 ? (
          <p>{t("list.none")}</p>
        ) : (
          <table className="w-full text-sm">
            <thead>
              <tr className="text-left">
                <th scope="col" className="p-1">
                  {t("list.subject")}
                </th>
                <th scope="col" className="p-1">
                  {t("list.kind")}
                </th>
                <th scope="col" className="p-1">
                  {t("list.state")}
                </th>
                <th scope="col" className="p-1">
                  {t("list.sentAt")}
                </th>
                <th scope="col" className="p-1">
                  {t("list.sentBy")}
                </th>
                <th scope="col" className="p-1">
                  {t("list.recipients")}
                </th>
              </tr>
            </thead>
            <tbody>
              {messages.map((message) => (
                <tr key={message.id} className="border-t">
                  <td className="p-1">
                    <Link href={`/admin/petition/updates/${message.id}`} className="underline">
                      {message.subject}
                    </Link>
                  </td>
                  <td className="p-1">{t(`list.kinds.${message.kind}`)}</td>
                  <td className="p-1">{t(`list.states.${message.status}`)}</td>
                  <td className="p-1">{when(message.sentAt)}</td>
                  <td className="p-1">{message.sentBy ?? ""}</td>
                  <td className="p-1">{message.recipientCount ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="alert-heading" className="space-y-3 rounded bg-white p-4">
        <h2 id="alert-heading" className="text-xl font-semibold">
          {t("list.alertHeading")}
        </h2>
        <p>{t("list.alertIntro")}</p>
        <AlertPersonChooser people={detainees.filter((d) => d.published)} labels={alertChooserLabels(t)} />
      </section>

      <section aria-labelledby="update-heading" className="space-y-3 rounded bg-white p-4">
        <h2 id="update-heading" className="text-xl font-semibold">
          {t("list.updateHeading")}
        </h2>
        <ActionForm action={createCampaignMessageAction} submitLabel={t("preview")}>
          <HiddenField name="kind" value="UPDATE" />
          <CampaignMessageFields labels={await campaignFieldLabels(t)} />
        </ActionForm>
      </section>
    </div>
  );
}
