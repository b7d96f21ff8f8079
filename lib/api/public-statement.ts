import "server-only";
import { nameForLocale } from "@/lib/detainees/name-for-locale";
import { z } from "zod";
import { partialDateSchema, type PartialDate } from "@/lib/api/public-detainee";
import { isoPartialDate } from "@/lib/dates/format-partial-date";
import { DetentionStatus, StatementKind } from "@/lib/db/generated/enums";
import type { PublishedStatementSummary } from "@/lib/statements/get-published-statements";
import type { PublishedStatement } from "@/lib/statements/get-published-statement-by-slug";
import { translatedField } from "@/lib/i18n/translated-field";
import type { Locale } from "@/lib/i18n/routing";
import { absoluteUrl, siteOrigin } from "@/lib/site/absolute-url";

// What the API answers about statements; see public-detainee.ts for why these are schemas.
const text = z.string().nullable();

export const statementSummarySchema = z.strictObject({
  slug: z.string(),
  kind: z.enum(StatementKind),
  title: z.string(),
  summary: text,
  publishedOn: partialDateSchema.nullable(),
  signatories: z.array(z.strictObject({ slug: z.string(), name: z.string() })),
  updatedAt: z.iso.datetime(),
  url: z.url().meta({ description: "The statement's page." }),
  apiUrl: z.url().meta({ description: "The full statement in this API." }),
});

export const statementSchema = z.strictObject({
  slug: z.string(),
  kind: z.enum(StatementKind),
  title: z.string(),
  titleIsDescriptive: z.boolean().meta({ description: "The document has no title: this one describes it." }),
  summary: text,
  bodyMarkdown: z.string().meta({ description: "The text, in Markdown." }),
  publishedOn: partialDateSchema.nullable(),
  signatories: z.array(z.strictObject({ slug: z.string(), name: z.string(), url: text })),
  quotes: z.array(
    z.strictObject({
      text: z.string(),
      speaker: z.strictObject({ name: z.string(), role: text, organisation: text }),
      reportedFromOwnStatement: z
        .boolean()
        .meta({ description: "Said in the speakers' own statement, which this statement reports." }),
    }),
  ),
  detainees: z
    .array(z.strictObject({ slug: z.string(), name: z.string(), status: z.enum(DetentionStatus), apiUrl: z.url() }))
    .meta({ description: "The published people the statement concerns." }),
  source: z
    .strictObject({ publisher: z.string(), title: z.string(), url: text, publishedOn: partialDateSchema.nullable() })
    .nullable(),
  updatedAt: z.iso.datetime(),
  url: z.url(),
});

export const statementListResponseSchema = z.strictObject({
  total: z.int().meta({ description: "Published statements, before `limit` and `offset`." }),
  limit: z.int(),
  offset: z.int(),
  data: z.array(statementSummarySchema),
});
export const statementResponseSchema = z.strictObject({ data: statementSchema });

export type StatementListResponse = z.infer<typeof statementListResponseSchema>;
export type StatementResponse = z.infer<typeof statementResponseSchema>;

function published(s: { publishedAt: Date | null; datePrecision: "DAY" | "MONTH" | "YEAR" }): PartialDate | null {
  return s.publishedAt ? { date: isoPartialDate(s.publishedAt, s.datePrecision), precision: s.datePrecision } : null;
}

export function publicStatementSummary(
  s: PublishedStatementSummary,
  lang: Locale,
): z.infer<typeof statementSummarySchema> {
  return {
    slug: s.slug,
    kind: s.kind,
    title: translatedField(s.title, s.translations, "title", lang).value,
    summary: s.summary === null ? null : translatedField(s.summary, s.translations, "summary", lang).value,
    publishedOn: published(s),
    signatories: s.signatories.map(({ organisation }) => ({ slug: organisation.slug, name: organisation.name })),
    updatedAt: s.updatedAt.toISOString(),
    url: absoluteUrl(`/statements/${s.slug}`, lang),
    apiUrl: `${siteOrigin()}/api/v1/statements/${s.slug}`,
  };
}

export function publicStatement(s: PublishedStatement, lang: Locale): z.infer<typeof statementSchema> {
  return {
    slug: s.slug,
    kind: s.kind,
    title: translatedField(s.title, s.translations, "title", lang).value,
    summary: s.summary === null ? null : translatedField(s.summary, s.translations, "summary", lang).value,
    titleIsDescriptive: s.titleIsDescriptive,
    bodyMarkdown: translatedField(s.body, s.translations, "body", lang).value,
    publishedOn: published(s),
    signatories: s.signatories.map(({ organisation }) => ({
      slug: organisation.slug,
      name: organisation.name,
      url: organisation.url,
    })),
    quotes: s.quotes.map((q) => ({
      text: translatedField(q.text, q.translations, "text", lang).value,
      speaker: { name: q.speaker.name, role: q.speaker.role, organisation: q.speaker.organisation?.name ?? null },
      reportedFromOwnStatement: q.reportedFromOwnStatement,
    })),
    detainees: s.detainees.map(({ detainee }) => ({
      slug: detainee.slug,
      name: nameForLocale(detainee, lang),
      status: detainee.status,
      apiUrl: `${siteOrigin()}/api/v1/detainees/${detainee.slug}`,
    })),
    source: s.source
      ? {
          publisher: s.source.publisher,
          title: s.source.title,
          url: s.source.url,
          publishedOn:
            s.source.publishedOn && s.source.datePrecision
              ? {
                  date: isoPartialDate(s.source.publishedOn, s.source.datePrecision),
                  precision: s.source.datePrecision,
                }
              : null,
        }
      : null,
    updatedAt: s.updatedAt.toISOString(),
    url: absoluteUrl(`/statements/${s.slug}`, lang),
  };
}
