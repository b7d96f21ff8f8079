import "server-only";
import { z } from "zod";
import { isoPartialDate, type DatePrecision } from "@/lib/dates/format-partial-date";
import { Certainty, DetentionStatus, CaseEventType, NameScript } from "@/lib/db/generated/enums";
import { daysInDetention } from "@/lib/detainees/days-in-detention";
import { CLAIM_FIELDS, disputedFields } from "@/lib/detainees/fact-fields";
import { nameForLocale } from "@/lib/detainees/name-for-locale";
import type { DetaineeCardData } from "@/lib/detainees/get-published-detainees";
import type { DetaineeProfile } from "@/lib/detainees/get-published-detainee-by-slug";
import { translatedField } from "@/lib/i18n/translated-field";
import type { Locale } from "@/lib/i18n/routing";
import { absoluteUrl, siteOrigin } from "@/lib/site/absolute-url";

// The shapes below are what the API answers. The OpenAPI document is generated from
// them, the builders are typed by them, and a test parses real answers with them: a
// field added to a builder but not here fails to compile, and the reverse fails the test.
// Strict objects, so an undocumented field is an error rather than silently dropped.

export const partialDateSchema = z
  .strictObject({
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
      .meta({ examples: ["2013", "2013-03", "2013-03-07"] }),
    precision: z.enum(["DAY", "MONTH", "YEAR"]),
  })
  .meta({ description: "A date only as precise as it is known: YYYY, YYYY-MM or YYYY-MM-DD." });

const url = z.url();
const text = z.string().nullable();
const organisationRef = z.strictObject({ slug: z.string(), name: z.string() });

const localName = z.string().meta({
  description: "The person's primary name for `lang` (Azerbaijani Latin for az, Cyrillic for ru, Latin for en).",
});

export const detaineeSummarySchema = z.strictObject({
  slug: z.string(),
  name: localName,
  status: z.enum(DetentionStatus),
  statusCertainty: z.enum(Certainty).meta({ description: "BELIEVED: the status is reported but not confirmed." }),
  occupation: text,
  affiliation: organisationRef.nullable(),
  arrestDate: partialDateSchema.nullable(),
  releaseDate: partialDateSchema.nullable(),
  daysInDetention: z.int().nullable().meta({ description: "Null unless the arrest date is known to the day." }),
  photo: z.strictObject({ url, credit: text }).nullable(),
  updatedAt: z.iso.datetime(),
  url: url.meta({ description: "The profile page." }),
  apiUrl: url.meta({ description: "The full profile in this API." }),
});

export const detaineeEventSchema = z.strictObject({
  id: z.string(),
  type: z.enum(CaseEventType),
  date: partialDateSchema.nullable(),
  title: z.string(),
  description: text,
  sourceIds: z.array(z.string()).meta({ description: "Ids of entries in the profile's `sources`." }),
});

const sourceSchema = z.strictObject({
  id: z.string(),
  publisher: z.string(),
  title: z.string(),
  url: text,
  archiveUrl: text.meta({ description: "An archived copy of `url`." }),
  publishedOn: partialDateSchema.nullable(),
});

export const factClaimSchema = z
  .strictObject({
    field: z.enum(CLAIM_FIELDS),
    value: z.string(),
    date: partialDateSchema.nullable().meta({ description: "For `arrestDate` claims: the claimed date." }),
    sourceId: z
      .string()
      .nullable()
      .meta({ description: "Id of an entry in `sources`; null: other sources, not named by staff." }),
    note: text,
  })
  .meta({ description: "One source's version of a fact the sources disagree on." });

export const detaineeProfileSchema = z.strictObject({
  slug: z.string(),
  name: localName,
  otherNames: z.array(
    z.strictObject({
      id: z.string().meta({ description: 'What `facts` calls "name:<id>".' }),
      name: z.string(),
      script: z.enum(NameScript),
      lang: text,
      primary: z.boolean().meta({ description: "The name shown on pages in `lang`." }),
      transliteration: z.boolean().meta({ description: "The editor's own transliteration: no source gives it." }),
      sourceId: z.string().nullable(),
    }),
  ),
  status: z.enum(DetentionStatus),
  statusCertainty: z.enum(Certainty),
  statusConfirmedOn: partialDateSchema.nullable(),
  occupation: text,
  bio: text,
  affiliation: organisationRef.nullable(),
  case: z.strictObject({ title: z.string(), summary: text, unnamedCount: z.int() }).nullable(),
  arrestDate: partialDateSchema.nullable(),
  releaseDate: partialDateSchema.nullable(),
  releaseType: text,
  daysInDetention: z.int().nullable().meta({ description: "Null unless the arrest date is known to the day." }),
  placeOfDetention: text,
  sentence: text,
  photo: z.strictObject({ url, credit: text, licence: text, sourceUrl: text }).nullable(),
  charges: z.array(
    z.strictObject({
      id: z.string().meta({ description: 'What `facts` calls "charge:<id>".' }),
      description: z.string(),
      code: text,
      article: text,
      added: partialDateSchema.nullable(),
      dropped: partialDateSchema.nullable(),
    }),
  ),
  events: z.array(detaineeEventSchema),
  sources: z.array(sourceSchema),
  facts: z.array(z.strictObject({ field: z.string(), sourceId: z.string(), note: text })).meta({
    description: 'Which source backs which field ("charge:<id>" and "name:<id>" name one charge or spelling).',
  }),
  disputed: z
    .array(z.enum(CLAIM_FIELDS))
    .meta({ description: "Facts the sources disagree on: read `claims` for them, not the single value." }),
  claims: z.array(factClaimSchema),
  statements: z.array(
    z.strictObject({ slug: z.string(), title: z.string(), publishedOn: partialDateSchema.nullable(), apiUrl: url }),
  ),
  updatedAt: z.iso.datetime(),
  url,
});

export const detaineeListResponseSchema = z.strictObject({
  total: z.int().meta({ description: "Matching profiles, before `limit` and `offset`." }),
  limit: z.int(),
  offset: z.int(),
  data: z.array(detaineeSummarySchema),
});
export const detaineeResponseSchema = z.strictObject({ data: detaineeProfileSchema });

export type PartialDate = z.infer<typeof partialDateSchema>;
export type DetaineeListResponse = z.infer<typeof detaineeListResponseSchema>;
export type DetaineeResponse = z.infer<typeof detaineeResponseSchema>;

/** A date at its precision: "2013", "2013-03" or "2013-03-01", with the precision named. */
export function partialDate(date: Date | null, precision: DatePrecision | null): PartialDate | null {
  if (!date) return null;
  const p = precision ?? "DAY";
  return { date: isoPartialDate(date, p), precision: p };
}

function field(value: string | null, translations: unknown, name: string, lang: Locale) {
  return value === null ? null : translatedField(value, translations, name, lang).value;
}

/**
 * What the API says about a detainee in a list: the same facts as the profile card.
 * Built from an explicit select, so a column added to the table later is not
 * published by accident.
 */
export function publicDetaineeSummary(d: DetaineeCardData, lang: Locale): z.infer<typeof detaineeSummarySchema> {
  return {
    slug: d.slug,
    name: nameForLocale(d, lang),
    status: d.status,
    statusCertainty: d.statusCertainty,
    occupation: field(d.occupation, d.translations, "occupation", lang),
    affiliation: d.affiliation ? { slug: d.affiliation.slug, name: d.affiliation.name } : null,
    arrestDate: partialDate(d.arrestDate, d.arrestDatePrecision),
    releaseDate: partialDate(d.releaseDate, d.releaseDatePrecision),
    daysInDetention: daysInDetention(d),
    photo: d.photoPath ? { url: `${siteOrigin()}${d.photoPath}`, credit: d.photoCredit } : null,
    updatedAt: d.updatedAt.toISOString(),
    url: absoluteUrl(`/detainees/${d.slug}`, lang),
    apiUrl: `${siteOrigin()}/api/v1/detainees/${d.slug}`,
  };
}

function publicSource(s: DetaineeProfile["sources"][number]["source"]) {
  return {
    id: s.id,
    publisher: s.publisher,
    title: s.title,
    url: s.url,
    archiveUrl: s.archiveUrl,
    publishedOn: partialDate(s.publishedOn, s.datePrecision),
  };
}

/** The full public profile: everything the profile page shows, nothing more. */
export function publicDetaineeProfile(p: DetaineeProfile, lang: Locale): z.infer<typeof detaineeProfileSchema> {
  return {
    slug: p.slug,
    name: nameForLocale(p, lang),
    otherNames: p.names
      .filter((n) => n.name !== nameForLocale(p, lang))
      .map((n) => ({
        id: n.id,
        name: n.name,
        script: n.script,
        lang: n.lang,
        primary: n.isPrimary,
        transliteration: n.transliteration,
        sourceId: n.source?.id ?? null,
      })),
    status: p.status,
    statusCertainty: p.statusCertainty,
    statusConfirmedOn: partialDate(p.statusConfirmedOn, p.statusConfirmedPrecision),
    occupation: field(p.occupation, p.translations, "occupation", lang),
    bio: field(p.bio, p.translations, "bio", lang),
    affiliation: p.affiliation ? { slug: p.affiliation.slug, name: p.affiliation.name } : null,
    case: p.case
      ? {
          title: translatedField(p.case.title, p.case.translations, "title", lang).value,
          summary: p.case.summary,
          unnamedCount: p.case.unnamedCount,
        }
      : null,
    arrestDate: partialDate(p.arrestDate, p.arrestDatePrecision),
    releaseDate: partialDate(p.releaseDate, p.releaseDatePrecision),
    releaseType: p.releaseType,
    daysInDetention: daysInDetention(p),
    placeOfDetention: field(p.placeOfDetention, p.translations, "placeOfDetention", lang),
    sentence: field(p.sentence, p.translations, "sentence", lang),
    photo: p.photoPath
      ? {
          url: `${siteOrigin()}${p.photoPath}`,
          credit: p.photoCredit,
          licence: p.photoLicence,
          sourceUrl: p.photoSourceUrl,
        }
      : null,
    charges: p.charges.map((c) => ({
      id: c.id,
      description: translatedField(c.description, c.translations, "description", lang).value,
      code: c.code,
      article: c.article,
      added: partialDate(c.addedOn, c.addedPrecision),
      dropped: partialDate(c.droppedOn, c.droppedPrecision),
    })),
    events: p.events.map((e) => ({
      id: e.id,
      type: e.type,
      date: partialDate(e.occurredOn, e.precision),
      title: translatedField(e.title, e.translations, "title", lang).value,
      description: field(e.description, e.translations, "description", lang),
      sourceIds: e.sources.map((s) => s.id),
    })),
    sources: [
      ...new Map(
        [
          ...p.sources.map((s) => s.source),
          ...p.names.flatMap((n) => (n.source ? [n.source] : [])),
          ...p.claims.flatMap((c) => (c.source ? [c.source] : [])),
          ...p.events.flatMap((e) => e.sources),
        ].map((s) => [s.id, s]),
      ).values(),
    ].map(publicSource),
    facts: p.sources.map((s) => ({ field: s.field, sourceId: s.source.id, note: s.note })),
    disputed: disputedFields(p.claims),
    claims: p.claims.map((c) => ({
      field: c.field as z.infer<typeof factClaimSchema>["field"],
      value: c.value,
      date: partialDate(c.valueDate, c.datePrecision),
      sourceId: c.source?.id ?? null,
      note: c.note,
    })),
    statements: p.statements.map(({ statement }) => ({
      slug: statement.slug,
      title: translatedField(statement.title, statement.translations, "title", lang).value,
      publishedOn: partialDate(statement.publishedAt, statement.datePrecision),
      apiUrl: `${siteOrigin()}/api/v1/statements/${statement.slug}`,
    })),
    updatedAt: p.updatedAt.toISOString(),
    url: absoluteUrl(`/detainees/${p.slug}`, lang),
  };
}
