import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm, HiddenField, TextField } from "@/components/admin/action-form";
import { CampaignMessageFields, campaignFieldLabels } from "@/components/admin/campaign-message-fields";
import { requireStaff } from "@/lib/auth/session";
import { countCampaignRecipients } from "@/lib/campaign-mail/count-campaign-recipients";
import { getCampaignMessage } from "@/lib/campaign-mail/get-campaign-message";
import { fieldsFromContent } from "@/lib/campaign-mail/message-content";
import { CAMPAIGN_TEMPLATE } from "@/lib/campaign-mail/recipients";
import { env } from "@/lib/config/env";
import { getAdminTranslations } from "@/lib/i18n/admin-translations";
import { localePath, locales } from "@/lib/i18n/locale-path";
import { renderTemplate } from "@/lib/mail/templates";
import { sendCampaignMessageAction, updateCampaignMessageAction } from "../actions";

export async function generateMetadata() {
  const t = await getAdminTranslations("adminCampaign");
  return { title: t("message.metaTitle") };
}

export default async function CampaignMessagePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ sent?: string }>;
}) {
  const staff = await requireStaff();
  const { id } = await params;
  const { sent } = await searchParams;
  const message = await getCampaignMessage(staff, id.slice(0, 64));
  if (!message) notFound();
  const t = await getAdminTranslations("adminCampaign");
  const recipients = await countCampaignRecipients(staff);
  const draft = message.status === "DRAFT";
  const labels = await campaignFieldLabels(t);
  return (
    <div className="space-y-8">
      <p>
        <Link href="/admin/petition/updates" className="underline">
          {t("backToList")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{message.content.en.subject}</h1>
      {/^\d+$/.test(sent ?? "") && (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {t("message.queued", { count: Number(sent) })}
        </p>
      )}
      {message.sentAt && (
        <p>
          {t("message.sentInfo", {
            at: message.sentAt.toISOString().slice(0, 16).replace("T", " "),
            count: message.recipientCount ?? 0,
          })}
        </p>
      )}

      <section aria-labelledby="preview-heading" className="space-y-4 rounded bg-white p-4">
        <h2 id="preview-heading" className="text-xl font-semibold">
          {t("message.previewHeading")}
        </h2>
        <p>{t("message.previewIntro")}</p>
        {locales.map((locale) => {
          const mail = renderTemplate(CAMPAIGN_TEMPLATE, locale, {
            ...message.content[locale],
            unsubscribeUrl: `${env().APP_URL}${localePath(locale, "/petition/unsubscribe/…")}`,
            oneClickUrl: "",
          });
          return (
            <article
              key={locale}
              lang={locale}
              aria-label={labels.language[locale]}
              className="rounded border border-stone-300 p-3"
            >
              <h3 className="font-semibold">
                {labels.language[locale]}: {t("message.recipientsIn", { count: recipients[locale] })}
              </h3>
              <p className="mt-2">
                <span className="font-medium">{labels.subject}:</span> {mail.subject}
              </p>
              <pre className="mt-2 font-sans whitespace-pre-wrap">{mail.text}</pre>
            </article>
          );
        })}
      </section>

      {draft && (
        <>
          <section aria-labelledby="send-heading" className="space-y-3 rounded bg-white p-4">
            <h2 id="send-heading" className="text-xl font-semibold">
              {t("message.sendHeading")}
            </h2>
            <p>{t("message.sendIntro", { count: recipients.total })}</p>
            <ActionForm
              action={sendCampaignMessageAction}
              submitLabel={t("message.send", { count: recipients.total })}
              danger
            >
              <HiddenField name="id" value={message.id} />
              <HiddenField name="version" value={message.version} />
              <TextField
                name="code"
                label={t("message.code")}
                hint={t("message.codeHint")}
                autoComplete="one-time-code"
                inputMode="numeric"
                required
              />
            </ActionForm>
          </section>

          <section aria-labelledby="edit-heading" className="space-y-3 rounded bg-white p-4">
            <h2 id="edit-heading" className="text-xl font-semibold">
              {t("message.editHeading")}
            </h2>
            <ActionForm action={updateCampaignMessageAction} submitLabel={t("preview")}>
              <HiddenField name="id" value={message.id} />
              <HiddenField name="version" value={message.version} />
              <CampaignMessageFields labels={labels} values={fieldsFromContent(message.content)} />
            </ActionForm>
          </section>
        </>
      )}
    </div>
  );
}
