import "server-only";
import { assertStaff, type StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { TranslatableEntity } from "./stamp-translations";
import { TRANSLATION_LOCALES, translationAnchor, type TranslationLocale } from "./translation-input";
import { translationStatus, type StampRow } from "./translation-status";

export type QueueRow = {
  entity: TranslatableEntity;
  record: string;
  field: string;
  status: "missing" | "stale";
  href: string;
};

type Candidate = {
  entity: TranslatableEntity;
  id: string;
  record: string;
  english: Record<string, string | null>;
  translations: unknown;
  href: (field: string, locale: string) => string;
};

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

/**
 * Every public text readers can see today that has no translation in a language, or
 * whose English changed after it was translated, per language, each with the
 * address of the field in its form. Drafts, hidden events and unpublished profiles
 * are left out: nobody reads them yet.
 */
export async function listTranslationQueue(staff: StaffSession): Promise<Record<TranslationLocale, QueueRow[]>> {
  assertStaff(staff);
  const now = new Date();
  const publishedStatement = { status: "PUBLISHED" as const, OR: [{ publishAt: null }, { publishAt: { lte: now } }] };
  const [detainees, charges, events, statements, quotes, campaigns, petitions, organisations, cases] =
    await Promise.all([
      db.detainee.findMany({
        where: { published: true },
        orderBy: { displayName: "asc" },
        select: {
          id: true,
          displayName: true,
          occupation: true,
          placeOfDetention: true,
          sentence: true,
          bio: true,
          translations: true,
        },
      }),
      db.charge.findMany({
        where: { detainee: { published: true } },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          detaineeId: true,
          description: true,
          translations: true,
          detainee: { select: { displayName: true } },
        },
      }),
      db.caseEvent.findMany({
        where: { visibility: "PUBLIC", detainee: { published: true } },
        orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }],
        select: {
          id: true,
          detaineeId: true,
          title: true,
          description: true,
          translations: true,
          detainee: { select: { displayName: true } },
        },
      }),
      db.statement.findMany({
        where: publishedStatement,
        orderBy: { publishedAt: "desc" },
        select: { id: true, title: true, summary: true, body: true, translations: true },
      }),
      db.quote.findMany({
        where: { statement: publishedStatement },
        orderBy: [{ statementId: "asc" }, { position: "asc" }],
        select: { id: true, statementId: true, text: true, translations: true, speaker: { select: { name: true } } },
      }),
      db.campaign.findMany({
        select: { id: true, headline: true, callToAction: true, summary: true, translations: true },
      }),
      db.petition.findMany({
        where: { status: { not: "DRAFT" } },
        select: { id: true, title: true, body: true, translations: true },
      }),
      // Organisations appear on statements, profiles and the press page: all of them are read.
      db.organisation.findMany({
        orderBy: { name: "asc" },
        select: { id: true, name: true, shortName: true, description: true, translations: true },
      }),
      db.case.findMany({
        where: { detainees: { some: { published: true } } },
        orderBy: { title: "asc" },
        select: { id: true, title: true, summary: true, translations: true },
      }),
    ]);

  const candidates: Candidate[] = [
    ...detainees.map((d) => ({
      entity: "detainee" as const,
      id: d.id,
      record: d.displayName,
      english: { occupation: d.occupation, placeOfDetention: d.placeOfDetention, sentence: d.sentence, bio: d.bio },
      translations: d.translations,
      href: (field: string, locale: string) => `/admin/detainees/${d.id}#${translationAnchor(field, locale)}`,
    })),
    ...charges.map((c) => ({
      entity: "charge" as const,
      id: c.id,
      record: `${c.detainee.displayName}: ${short(c.description)}`,
      english: { description: c.description },
      translations: c.translations,
      href: (field: string, locale: string) =>
        `/admin/detainees/${c.detaineeId}#${translationAnchor(field, locale, `charge-${c.id}-`)}`,
    })),
    ...events.map((e) => ({
      entity: "event" as const,
      id: e.id,
      record: `${e.detainee.displayName}: ${short(e.title)}`,
      english: { title: e.title, description: e.description },
      translations: e.translations,
      href: (field: string, locale: string) =>
        `/admin/detainees/${e.detaineeId}/events/${e.id}#${translationAnchor(field, locale)}`,
    })),
    ...statements.map((s) => ({
      entity: "statement" as const,
      id: s.id,
      record: short(s.title),
      english: { title: s.title, summary: s.summary, body: s.body },
      translations: s.translations,
      href: (field: string, locale: string) => `/admin/statements/${s.id}#${translationAnchor(field, locale)}`,
    })),
    ...quotes.map((q) => ({
      entity: "quote" as const,
      id: q.id,
      record: `${q.speaker.name}: ${short(q.text)}`,
      english: { text: q.text },
      translations: q.translations,
      href: (field: string, locale: string) =>
        `/admin/statements/${q.statementId}#${translationAnchor(field, locale, `quote-${q.id}-`)}`,
    })),
    ...campaigns.map((c) => ({
      entity: "campaign" as const,
      id: c.id,
      record: short(c.headline),
      english: { headline: c.headline, callToAction: c.callToAction, summary: c.summary },
      translations: c.translations,
      href: (field: string, locale: string) => `/admin/petition/texts#${translationAnchor(field, locale, "campaign-")}`,
    })),
    ...petitions.map((p) => ({
      entity: "petition" as const,
      id: p.id,
      record: short(p.title),
      english: { title: p.title, body: p.body },
      translations: p.translations,
      href: (field: string, locale: string) => `/admin/petition/texts#${translationAnchor(field, locale, "petition-")}`,
    })),
    ...organisations.map((o) => ({
      entity: "organisation" as const,
      id: o.id,
      record: o.name,
      english: { name: o.name, shortName: o.shortName, description: o.description },
      translations: o.translations,
      href: (field: string, locale: string) =>
        `/admin/translations/organisations#${translationAnchor(field, locale, `organisation-${o.id}-`)}`,
    })),
    ...cases.map((c) => ({
      entity: "case" as const,
      id: c.id,
      record: short(c.title),
      english: { title: c.title, summary: c.summary },
      translations: c.translations,
      href: (field: string, locale: string) =>
        `/admin/translations/organisations#${translationAnchor(field, locale, `case-${c.id}-`)}`,
    })),
  ];

  const stamps = await db.translationStamp.findMany({
    where: { OR: groupIds(candidates).map(([entity, ids]) => ({ entity, entityId: { in: ids } })) },
    select: { entity: true, entityId: true, field: true, locale: true, englishHash: true },
  });
  const stampsOf = new Map<string, StampRow[]>();
  for (const stamp of stamps) {
    const key = `${stamp.entity}:${stamp.entityId}`;
    const list = stampsOf.get(key) ?? [];
    list.push(stamp);
    stampsOf.set(key, list);
  }

  const queue = { az: [], ru: [] } as Record<TranslationLocale, QueueRow[]>;
  for (const candidate of candidates) {
    const recordStamps = stampsOf.get(`${candidate.entity}:${candidate.id}`) ?? [];
    for (const [field, english] of Object.entries(candidate.english)) {
      for (const locale of TRANSLATION_LOCALES) {
        const status = translationStatus(english, candidate.translations, recordStamps, field, locale);
        if (status !== "missing" && status !== "stale") continue;
        queue[locale].push({
          entity: candidate.entity,
          record: candidate.record,
          field,
          status,
          href: candidate.href(field, locale),
        });
      }
    }
  }
  return queue;
}

function groupIds(candidates: Candidate[]): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const c of candidates) {
    const ids = groups.get(c.entity) ?? [];
    ids.push(c.id);
    groups.set(c.entity, ids);
  }
  return groups.size > 0 ? [...groups] : [["none", []]];
}
