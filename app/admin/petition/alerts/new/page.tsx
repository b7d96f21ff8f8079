import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm, HiddenField } from "@/components/admin/action-form";
import { CampaignMessageFields, campaignFieldLabels } from "@/components/admin/campaign-message-fields";
import { AlertPersonChooser, alertChooserLabels } from "@/components/admin/alert-person-chooser";
import { requireStaff } from "@/lib/auth/session";
import { listDetaineesForAdmin } from "@/lib/detainees/list-detainees-for-admin";
import { ALERT_KINDS, type AlertKind } from "@/lib/campaign-mail/alert-kind";
import { countCampaignRecipients } from "@/lib/campaign-mail/count-campaign-recipients";
import { fieldsFromContent } from "@/lib/campaign-mail/message-content";
import { prepareAlertDraft } from "@/lib/campaign-mail/prepare-alert-draft";
import { getAdminTranslations } from "@/lib/i18n/admin-translations";
import { createCampaignMessageAction } from "../../updates/actions";

export async function generateMetadata() {
  const t = await getAdminTranslations("adminCampaign");
  return { title: t("alert.metaTitle") };
}

export default async function NewAlertPage({
  searchParams,
}: {
  searchParams: Promise<{ detainee?: string; kind?: string }>;
}) {
  const staff = await requireStaff();
  const search = await searchParams;
  const kind = ALERT_KINDS.find((k) => k === search.kind) as AlertKind | undefined;
  const t = await getAdminTranslations("adminCampaign");
  if (!search.detainee) {
    // Opened without a person (from a bookmark, or the admin walk): choose one first.
    const people = (await listDetaineesForAdmin(staff)).filter((d) => d.published);
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-bold">{t("list.alertHeading")}</h1>
        <AlertPersonChooser people={people} labels={alertChooserLabels(t)} />
      </div>
    );
  }
  const draft = await prepareAlertDraft(staff, search.detainee.slice(0, 64), kind);
  if (!draft) notFound();
  const recipients = await countCampaignRecipients(staff);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/petition/updates" className="underline">
          {t("backToList")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("alert.heading", { name: draft.detainee.displayName })}</h1>
      {draft.detainee.published ? (
        <>
          <p>{t("alert.intro", { kind: t(`kinds.${draft.kind}`) })}</p>
          <p className="font-semibold">{t("recipientsNow", { count: recipients.total })}</p>
          <ActionForm action={createCampaignMessageAction} submitLabel={t("preview")}>
            <HiddenField name="kind" value="ALERT" />
            <HiddenField name="detaineeId" value={draft.detainee.id} />
            <CampaignMessageFields labels={await campaignFieldLabels(t)} values={fieldsFromContent(draft.content)} />
          </ActionForm>
        </>
      ) : (
        <p role="status" className="rounded border border-amber-700 bg-amber-50 p-3">
          {t("alert.unpublished")}
        </p>
      )}
    </div>
  );
}
