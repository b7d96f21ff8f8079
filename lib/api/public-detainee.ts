import "server-only";
import { isoPartialDate, type DatePrecision } from "@/lib/dates/format-partial-date";
import { daysInDetention } from "@/lib/detainees/days-in-detention";
import type { DetaineeCardData } from "@/lib/detainees/get-published-detainees";
import type { DetaineeProfile } from "@/lib/detainees/get-published-detainee-by-slug";
import { translatedField } from "@/lib/i18n/translated-field";
import type { Locale } from "@/lib/i18n/routing";
import { absoluteUrl, siteOrigin } from "@/lib/site/absolute-url";

/** A date at its precision: "2013", "2013-03" or "2013-03-01", with the precision named. */
export function partialDate(date: Date | null, precision: DatePrecision | null) {
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
export function publicDetaineeSummary(d: DetaineeCardData, lang: Locale) {
  return {
    slug: d.slug,
    name: d.displayName,
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
  return { id: s.id, publisher: s.publisher, title: s.title, url: s.url, publishedOn: partialDate(s.publishedOn, s.datePrecision) };
}

/** The full public profile: everything the profile page shows, nothing more. */
export function publicDetaineeProfile(p: DetaineeProfile, lang: Locale) {
  return {
    slug: p.slug,
    name: p.displayName,
    otherNames: p.names.map((n) => ({ name: n.name, script: n.script, lang: n.lang })),
    status: p.status,
    statusCertainty: p.statusCertainty,
    statusConfirmedOn: partialDate(p.statusConfirmedOn, p.statusConfirmedPrecision),
    occupation: field(p.occupation, p.translations, "occupation", lang),
    bio: field(p.bio, p.translations, "bio", lang),
    affiliation: p.affiliation ? { slug: p.affiliation.slug, name: p.affiliation.name } : null,
    case: p.case
      ? { title: translatedField(p.case.title, p.case.translations, "title", lang).value, summary: p.case.summary, unnamedCount: p.case.unnamedCount }
      : null,
    arrestDate: partialDate(p.arrestDate, p.arrestDatePrecision),
    releaseDate: partialDate(p.releaseDate, p.releaseDatePrecision),
    releaseType: p.releaseType,
    daysInDetention: daysInDetention(p),
    placeOfDetention: field(p.placeOfDetention, p.translations, "placeOfDetention", lang),
    sentence: field(p.sentence, p.translations, "sentence", lang),
    photo: p.photoPath
      ? { url: `${siteOrigin()}${p.photoPath}`, credit: p.photoCredit, licence: p.photoLicence, sourceUrl: p.photoSourceUrl }
      : null,
    charges: p.charges.map((c) => ({
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
    sources: [...new Map([...p.sources.map((s) => s.source), ...p.events.flatMap((e) => e.sources)].map((s) => [s.id, s])).values()].map(
      publicSource,
    ),
    facts: p.sources.map((s) => ({ field: s.field, sourceId: s.source.id, note: s.note })),
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
