import "server-only";
import type { MetadataRoute } from "next";
import { db } from "@/lib/db/client";
import { locales, localePath } from "@/lib/i18n/routing";
import { getPublicPetition } from "@/lib/petition/get-public-petition";
import { publicStatementFilter } from "@/lib/statements/public-statement-filter";
import { siteOrigin } from "./absolute-url";

type Page = { path: string; lastModified?: Date };

/**
 * Every public page search engines should find, once per locale, each listing its
 * siblings in the other languages (hreflang) so a reader lands in their own.
 * Only what the public pages show: published profiles and statements past their embargo.
 */
export async function getSitemapEntries(): Promise<MetadataRoute.Sitemap> {
  const [detainees, statements, petition] = await Promise.all([
    db.detainee.findMany({
      where: { published: true },
      orderBy: { slug: "asc" },
      select: { slug: true, updatedAt: true },
    }),
    db.statement.findMany({
      where: publicStatementFilter(),
      orderBy: { slug: "asc" },
      select: { slug: true, updatedAt: true },
    }),
    getPublicPetition(),
  ]);
  const pages: Page[] = [
    { path: "/" },
    { path: "/detainees" },
    { path: "/statements" },
    { path: "/numbers" },
    { path: "/press" },
    // The petition page answers 404 until the petition leaves draft.
    ...(petition && petition.status !== "DRAFT" ? [{ path: "/petition" }] : []),
    ...detainees.map((d) => ({ path: `/detainees/${d.slug}`, lastModified: d.updatedAt })),
    ...statements.map((s) => ({ path: `/statements/${s.slug}`, lastModified: s.updatedAt })),
  ];
  return pages.flatMap(inEveryLocale);
}

function inEveryLocale({ path, lastModified }: Page): MetadataRoute.Sitemap {
  const url = (locale: (typeof locales)[number]) => `${siteOrigin()}${localePath(locale, path)}`;
  const languages = { ...Object.fromEntries(locales.map((l) => [l, url(l)])), "x-default": url("en") };
  return locales.map((locale) => ({ url: url(locale), lastModified, alternates: { languages } }));
}
