import "server-only";
import { isoPartialDate } from "@/lib/dates/format-partial-date";
import type { PublishedStatementSummary } from "@/lib/statements/get-published-statements";
import type { PublishedStatement } from "@/lib/statements/get-published-statement-by-slug";
import { translatedField } from "@/lib/i18n/translated-field";
import type { Locale } from "@/lib/i18n/routing";
import { absoluteUrl, siteOrigin } from "@/lib/site/absolute-url";

function published(s: { publishedAt: Date | null; datePrecision: "DAY" | "MONTH" | "YEAR" }) {
  return s.publishedAt ? { date: isoPartialDate(s.publishedAt, s.datePrecision), precision: s.datePrecision } : null;
}

export function publicStatementSummary(s: PublishedStatementSummary, lang: Locale) {
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

export function publicStatement(s: PublishedStatement, lang: Locale) {
  return {
    slug: s.slug,
    kind: s.kind,
    title: translatedField(s.title, s.translations, "title", lang).value,
    summary: s.summary === null ? null : translatedField(s.summary, s.translations, "summary", lang).value,
    bodyMarkdown: translatedField(s.body, s.translations, "body", lang).value,
    publishedOn: published(s),
    signatories: s.signatories.map(({ organisation }) => ({ slug: organisation.slug, name: organisation.name, url: organisation.url })),
    quotes: s.quotes.map((q) => ({
      text: translatedField(q.text, q.translations, "text", lang).value,
      speaker: { name: q.speaker.name, role: q.speaker.role, organisation: q.speaker.organisation?.name ?? null },
    })),
    detainees: s.detainees.map(({ detainee }) => ({
      slug: detainee.slug,
      name: detainee.displayName,
      status: detainee.status,
      apiUrl: `${siteOrigin()}/api/v1/detainees/${detainee.slug}`,
    })),
    source: s.source
      ? {
          publisher: s.source.publisher,
          title: s.source.title,
          url: s.source.url,
          publishedOn: s.source.publishedOn && s.source.datePrecision ? { date: isoPartialDate(s.source.publishedOn, s.source.datePrecision), precision: s.source.datePrecision } : null,
        }
      : null,
    updatedAt: s.updatedAt.toISOString(),
    url: absoluteUrl(`/statements/${s.slug}`, lang),
  };
}
