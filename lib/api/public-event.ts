import "server-only";
import { nameForLocale } from "@/lib/detainees/name-for-locale";
import { z } from "zod";
import { partialDate, partialDateSchema } from "@/lib/api/public-detainee";
import type { PublicEvent } from "@/lib/case-events/get-recent-public-events";
import { CaseEventType } from "@/lib/db/generated/enums";
import { translatedField } from "@/lib/i18n/translated-field";
import type { Locale } from "@/lib/i18n/routing";
import { absoluteUrl, siteOrigin } from "@/lib/site/absolute-url";

// What the API answers about recent case events; see public-detainee.ts for why these are schemas.
const text = z.string().nullable();

export const recentEventSchema = z.strictObject({
  id: z.string(),
  type: z.enum(CaseEventType),
  date: partialDateSchema.nullable(),
  title: z.string(),
  description: text,
  detainee: z.strictObject({ slug: z.string(), name: z.string(), url: z.url(), apiUrl: z.url() }),
  sources: z.array(z.strictObject({ publisher: z.string(), title: z.string(), url: text })),
  recordedAt: z.iso.datetime().meta({ description: "When the event was first recorded here." }),
  updatedAt: z.iso.datetime(),
});

export const eventListResponseSchema = z.strictObject({ limit: z.int(), data: z.array(recentEventSchema) });

export type EventListResponse = z.infer<typeof eventListResponseSchema>;

export function publicRecentEvent(e: PublicEvent, lang: Locale): z.infer<typeof recentEventSchema> {
  return {
    id: e.id,
    type: e.type,
    date: partialDate(e.occurredOn, e.precision),
    title: translatedField(e.title, e.translations, "title", lang).value,
    description:
      e.description === null ? null : translatedField(e.description, e.translations, "description", lang).value,
    detainee: {
      slug: e.detainee.slug,
      name: nameForLocale(e.detainee, lang),
      url: absoluteUrl(`/detainees/${e.detainee.slug}`, lang),
      apiUrl: `${siteOrigin()}/api/v1/detainees/${e.detainee.slug}`,
    },
    sources: e.sources,
    recordedAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
}
