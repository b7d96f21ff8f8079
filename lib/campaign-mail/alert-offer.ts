import "server-only";
import { createTranslator } from "next-intl";
import { getAdminLocale } from "@/lib/i18n/admin-locale";
import { loadMessages } from "@/lib/i18n/load-messages";
import type { AlertKind } from "./alert-kind";

/**
 * The next step a detainee save offers after a release, sentence or transfer: the page
 * that prepares an alert to the petition's signers (nothing is sent from the save).
 * The label comes from the admin catalogue through next-intl's plain translator, as
 * getAdminTranslations would give it, because a server action also runs outside a
 * render (the authorisation tests call it directly).
 */
export async function alertOffer(detaineeId: string, kind: AlertKind): Promise<{ href: string; label: string }> {
  const locale = await getAdminLocale();
  // The catalogue is loaded untyped, so the translator takes any key.
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "adminCampaign.offer" }) as (
    key: string,
  ) => string;
  return {
    href: `/admin/petition/alerts/new?detainee=${encodeURIComponent(detaineeId)}&kind=${kind}`,
    label: t(kind),
  };
}
