import "server-only";
import { nameForLocale } from "@/lib/detainees/name-for-locale";
import { Feed } from "feed";
import { db } from "@/lib/db/client";
import { publicStatementFilter } from "@/lib/statements/public-statement-filter";
import { renderStatementMarkdown } from "@/lib/statements/render-statement-markdown";
import { getRecentPublicEvents } from "@/lib/case-events/get-recent-public-events";
import { formatPartialDate } from "@/lib/dates/format-partial-date";
import { translatedField } from "@/lib/i18n/translated-field";
import type { Locale } from "@/lib/i18n/routing";
import { absoluteUrl } from "@/lib/site/absolute-url";

const LIMIT = 50;

/**
 * The Atom feed of one language: public statements and public case events of published
 * people, texts in `locale` (English where a translation is missing), newest first by
 * when each became public: a statement's release time (publishedAt, which is its
 * embargo's end when scheduled), an event's recording. A later edit does not move an
 * entry back to the top of readers' feeds.
 */
export async function buildPublicFeed(input: { locale: Locale; siteName: string; tagline: string }): Promise<string> {
  const { locale } = input;
  const [statements, events] = await Promise.all([
    db.statement.findMany({
      where: publicStatementFilter(),
      orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
      take: LIMIT,
      select: {
        slug: true,
        title: true,
        summary: true,
        body: true,
        translations: true,
        publishedAt: true,
        publishAt: true,
        createdAt: true,
      },
    }),
    getRecentPublicEvents({ limit: LIMIT, order: "recorded" }),
  ]);
  const text = (value: string, translations: unknown, field: string) =>
    translatedField(value, translations, field, locale).value;

  const items = [
    ...statements.map((s) => {
      const released = s.publishedAt ?? s.publishAt ?? s.createdAt;
      const link = absoluteUrl(`/statements/${s.slug}`, locale);
      return {
        title: text(s.title, s.translations, "title"),
        id: link,
        link,
        date: released,
        published: released,
        description: s.summary ? text(s.summary, s.translations, "summary") : undefined,
        content: renderStatementMarkdown(text(s.body, s.translations, "body")),
      };
    }),
    ...events.map((e) => {
      const link = `${absoluteUrl(`/detainees/${e.detainee.slug}`, locale)}#event-${e.id}`;
      const description = e.description ? text(e.description, e.translations, "description") : null;
      return {
        title: `${nameForLocale(e.detainee, locale)}: ${text(e.title, e.translations, "title")}`,
        id: link,
        link,
        date: e.createdAt,
        published: e.createdAt,
        description: [formatPartialDate(e.occurredOn, e.precision, locale), description].filter(Boolean).join(". "),
      };
    }),
  ]
    .sort((a, b) => b.date.getTime() - a.date.getTime())
    .slice(0, LIMIT);

  const home = absoluteUrl("/", locale);
  const feed = new Feed({
    title: input.siteName,
    description: input.tagline,
    id: home,
    link: home,
    language: locale,
    updated: items[0]?.date ?? new Date(0),
    generator: false,
    feedLinks: { atom: absoluteUrl("/feed.xml", locale) },
    copyright: input.siteName,
  });
  for (const item of items) feed.addItem(item);
  return withLanguage(feed.atom1(), locale);
}

// The feed library writes no xml:lang, which is how Atom says the language of the text.
function withLanguage(xml: string, locale: Locale): string {
  const root = '<feed xmlns="http://www.w3.org/2005/Atom">';
  if (!xml.includes(root)) throw new Error("feed: unexpected root element from the feed library");
  return xml.replace(root, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`);
}
