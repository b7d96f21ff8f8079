import "server-only";
import { nameForLocale } from "@/lib/detainees/name-for-locale";
import { Feed } from "feed";
import { db } from "@/lib/db/client";
import { publicStatementFilter } from "@/lib/statements/public-statement-filter";
import { renderStatementMarkdown } from "@/lib/statements/render-statement-markdown";
import { getRecentPublicEvents } from "@/lib/case-events/get-recent-public-events";
import { formatPartialDate } from "@/lib/dates/format-partial-date";
import { absoluteUrl, siteOrigin } from "@/lib/site/absolute-url";

const LIMIT = 50;

/**
 * The Atom feed: public statements and public case events of published people,
 * newest change first. Dates: `updated` is when the record last changed (what a
 * reader needs to notice), `published` when it was first made public.
 */
export async function buildPublicFeed(input: { siteName: string; tagline: string }): Promise<string> {
  const [statements, events] = await Promise.all([
    db.statement.findMany({
      where: publicStatementFilter(),
      orderBy: [{ updatedAt: "desc" }],
      take: LIMIT,
      select: {
        slug: true,
        title: true,
        summary: true,
        body: true,
        publishedAt: true,
        publishAt: true,
        createdAt: true,
        updatedAt: true,
      },
    }),
    getRecentPublicEvents({ limit: LIMIT }),
  ]);

  const items = [
    ...statements.map((s) => ({
      title: s.title,
      id: absoluteUrl(`/statements/${s.slug}`),
      link: absoluteUrl(`/statements/${s.slug}`),
      date: s.updatedAt,
      published: s.publishAt ?? s.createdAt,
      description: s.summary ?? undefined,
      content: renderStatementMarkdown(s.body),
    })),
    ...events.map((e) => ({
      // The feed is English: its locale's name (a feed per language passes its own).
      title: `${nameForLocale(e.detainee, "en")}: ${e.title}`,
      id: `${absoluteUrl(`/detainees/${e.detainee.slug}`)}#event-${e.id}`,
      link: `${absoluteUrl(`/detainees/${e.detainee.slug}`)}#event-${e.id}`,
      date: e.updatedAt,
      published: e.createdAt,
      description: [formatPartialDate(e.occurredOn, e.precision, "en"), e.description].filter(Boolean).join(". "),
    })),
  ]
    .sort((a, b) => b.date.getTime() - a.date.getTime())
    .slice(0, LIMIT);

  const feed = new Feed({
    title: input.siteName,
    description: input.tagline,
    id: `${siteOrigin()}/`,
    link: `${siteOrigin()}/`,
    language: "en",
    updated: items[0]?.date ?? new Date(0),
    generator: false,
    feedLinks: { atom: `${siteOrigin()}/feed.xml` },
    copyright: input.siteName,
  });
  for (const item of items) feed.addItem(item);
  return feed.atom1();
}
