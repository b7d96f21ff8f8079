import "server-only";
import { assertStaff, type StaffSession } from "@/lib/auth/session";
import { env } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { localePath, locales, type Locale } from "@/lib/i18n/locale-path";
import az from "@/messages/az/campaignMail.json";
import en from "@/messages/en/campaignMail.json";
import ru from "@/messages/ru/campaignMail.json";
import { alertKindForStatus, type AlertKind } from "./alert-kind";
import type { MessageContent } from "./message-content";

const MAIL = { en, az, ru } as const;

/** Fills `{name}`-style placeholders (the catalogue's texts are plain, with no plural rules). */
export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/**
 * The prepared alert about one person the petition names (a published profile: the
 * campaign calls for the release of everyone it shows), in every language, with the
 * name as written in that language where the profile has it. Staff edit it before sending.
 */
export async function prepareAlertDraft(staff: StaffSession, detaineeId: string, kind?: AlertKind) {
  assertStaff(staff);
  const detainee = await db.detainee.findUnique({
    where: { id: detaineeId },
    select: {
      id: true,
      slug: true,
      displayName: true,
      status: true,
      published: true,
      names: { select: { name: true, lang: true, isPrimary: true }, orderBy: { isPrimary: "desc" } },
    },
  });
  if (!detainee) return null;
  const chosen = kind ?? alertKindForStatus(detainee.status);
  const nameIn = (locale: Locale) => detainee.names.find((n) => n.lang === locale)?.name ?? detainee.displayName;
  const content = Object.fromEntries(
    locales.map((locale) => {
      const values = {
        name: nameIn(locale),
        url: `${env().APP_URL}${localePath(locale, `/detainees/${detainee.slug}`)}`,
        petitionUrl: `${env().APP_URL}${localePath(locale, "/petition")}`,
      };
      const text = MAIL[locale].alert[chosen];
      return [locale, { subject: fillPlaceholders(text.subject, values), body: fillPlaceholders(text.body, values) }];
    }),
  ) as MessageContent;
  return {
    detainee: {
      id: detainee.id,
      displayName: detainee.displayName,
      status: detainee.status,
      published: detainee.published,
    },
    kind: chosen,
    content,
  };
}
