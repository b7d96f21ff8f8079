import Link from "next/link";
import { ActionForm, ConflictNotice, HiddenField } from "@/components/admin/action-form";
import { TranslatedFields } from "@/components/admin/translated-fields";
import { requireStaff } from "@/lib/auth/session";
import { getCampaignTextsForEdit } from "@/lib/campaign/get-campaign-texts-for-edit";
import { getAdminTranslations } from "@/lib/i18n/admin-translations";
import { getTranslationStamps } from "@/lib/translations/get-translation-stamps";
import { translationFormValues } from "@/lib/translations/translation-input";
import { translationStatuses } from "@/lib/translations/translation-status";
import { saveCampaignTextsAction, savePetitionTextsAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getAdminTranslations("adminPetitionTexts"))("title") };
}

export default async function CampaignTextsPage() {
  const staff = await requireStaff();
  const [campaign, t, tf] = await Promise.all([
    getCampaignTextsForEdit(staff),
    getAdminTranslations("adminPetitionTexts"),
    getAdminTranslations("adminPetitionTexts.fields"),
  ]);
  if (!campaign) return <p>{t("noCampaign")}</p>;
  const petition = campaign.petition;
  const [campaignStamps, petitionStamps] = await Promise.all([
    getTranslationStamps(staff, "campaign", [campaign.id]),
    getTranslationStamps(staff, "petition", petition ? [petition.id] : []),
  ]);
  const campaignEnglish = {
    headline: campaign.headline,
    callToAction: campaign.callToAction,
    summary: campaign.summary,
  };
  const section = "space-y-3 rounded bg-white p-4";
  return (
    <div className="space-y-8">
      <Link href="/admin/petition" className="underline">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <section aria-labelledby="campaign-heading" className={section}>
        <h2 id="campaign-heading" className="text-xl font-semibold">
          {t("campaignHeading")}
        </h2>
        <ActionForm action={saveCampaignTextsAction} submitLabel={t("saveCampaign")}>
          <ConflictNotice />
          <HiddenField name="id" value={campaign.id} />
          <HiddenField name="version" value={campaign.version} />
          <TranslatedFields
            fields={[
              { name: "headline", label: tf("headline"), required: true },
              { name: "callToAction", label: tf("callToAction"), multiline: true, rows: 3 },
              { name: "summary", label: tf("summary"), multiline: true, rows: 5 },
            ]}
            values={{
              ...campaignEnglish,
              ...translationFormValues(campaign.translations, Object.keys(campaignEnglish)),
            }}
            statuses={translationStatuses(
              campaignEnglish,
              campaign.translations,
              campaignStamps.get(campaign.id) ?? [],
            )}
            anchorPrefix="campaign-"
          />
        </ActionForm>
      </section>
      {petition && (
        <section aria-labelledby="petition-heading" className={section}>
          <h2 id="petition-heading" className="text-xl font-semibold">
            {t("petitionHeading")}
          </h2>
          <ActionForm action={savePetitionTextsAction} submitLabel={t("savePetition")}>
            <ConflictNotice />
            <HiddenField name="id" value={petition.id} />
            <HiddenField name="version" value={petition.version} />
            <p className="text-sm text-stone-700">{t("bodyHint")}</p>
            <TranslatedFields
              fields={[
                { name: "title", label: tf("title"), required: true },
                { name: "body", label: tf("body"), multiline: true, rows: 10 },
              ]}
              values={{
                title: petition.title,
                body: petition.body,
                ...translationFormValues(petition.translations, ["title", "body"]),
              }}
              statuses={translationStatuses(
                { title: petition.title, body: petition.body },
                petition.translations,
                petitionStamps.get(petition.id) ?? [],
              )}
              anchorPrefix="petition-"
            />
          </ActionForm>
        </section>
      )}
    </div>
  );
}
