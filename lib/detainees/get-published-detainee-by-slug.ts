import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { isRouteParam } from "@/lib/validation/text-fields";
import { publicStatementFilter } from "@/lib/statements/public-statement-filter";

const sourceSelect = {
  id: true,
  publisher: true,
  title: true,
  url: true,
  archiveUrl: true,
  publishedOn: true,
  datePrecision: true,
} as const;

async function findProfile(slug: string) {
  return db.detainee.findFirst({
    where: { slug, published: true },
    select: {
      id: true,
      slug: true,
      displayName: true,
      occupation: true,
      bio: true,
      translations: true,
      status: true,
      statusCertainty: true,
      statusConfirmedOn: true,
      statusConfirmedPrecision: true,
      arrestDate: true,
      arrestDatePrecision: true,
      releaseDate: true,
      releaseDatePrecision: true,
      releaseType: true,
      placeOfDetention: true,
      sentence: true,
      photoPath: true,
      photoCredit: true,
      photoLicence: true,
      photoSourceUrl: true,
      updatedAt: true,
      affiliation: { select: { name: true, slug: true } },
      case: { select: { title: true, summary: true, unnamedCount: true, translations: true } },
      // Every name: the page shows the primary one of its locale and lists the others.
      names: {
        orderBy: [{ isPrimary: "desc" }, { name: "asc" }],
        select: {
          id: true,
          name: true,
          script: true,
          lang: true,
          isPrimary: true,
          transliteration: true,
          source: { select: sourceSelect },
        },
      },
      claims: {
        orderBy: [{ field: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          field: true,
          value: true,
          valueDate: true,
          datePrecision: true,
          note: true,
          source: { select: sourceSelect },
        },
      },
      charges: {
        orderBy: [{ addedOn: "asc" }],
        select: {
          id: true,
          description: true,
          article: true,
          code: true,
          addedOn: true,
          addedPrecision: true,
          droppedOn: true,
          droppedPrecision: true,
          translations: true,
        },
      },
      events: {
        where: { visibility: "PUBLIC" },
        orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          type: true,
          occurredOn: true,
          precision: true,
          title: true,
          description: true,
          translations: true,
          sources: { select: sourceSelect },
        },
      },
      sources: { select: { field: true, note: true, source: { select: sourceSelect } } },
      statements: {
        where: { statement: publicStatementFilter() },
        orderBy: { statement: { publishedAt: "desc" } },
        select: {
          statement: {
            select: { slug: true, title: true, translations: true, publishedAt: true, datePrecision: true },
          },
        },
      },
    },
  });
}

export type DetaineeProfile = NonNullable<Awaited<ReturnType<typeof findProfile>>>;

/**
 * A published profile by its current slug, or where to redirect when `slug` is an
 * old one (renames keep links working). Unpublished people are simply not found.
 * Memoised per request: the profile page's metadata and body both read it, and it
 * is the largest query on the public site.
 */
export const getPublishedDetaineeBySlug = cache(async function getPublishedDetaineeBySlug(
  slug: string,
): Promise<{ profile: DetaineeProfile } | { redirectTo: string } | null> {
  if (!isRouteParam(slug)) return null;
  const profile = await findProfile(slug);
  if (profile) return { profile };
  const old = await db.detaineeSlug.findUnique({
    where: { slug },
    select: { detainee: { select: { slug: true, published: true } } },
  });
  if (old?.detainee.published) return { redirectTo: old.detainee.slug };
  return null;
});
