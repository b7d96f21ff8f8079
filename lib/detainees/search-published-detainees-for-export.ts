import "server-only";
import { db } from "@/lib/db/client";
import type { DetaineeQuery } from "./detainee-query";
import { publishedDetaineeWhere } from "./search-published-detainees";

/** Published profiles matching a query, with the columns of the CSV export (public fields only). */
export async function searchPublishedDetaineesForExport(query: DetaineeQuery) {
  return db.detainee.findMany({
    where: publishedDetaineeWhere(query),
    orderBy: [{ displayName: "asc" }],
    select: {
      slug: true,
      displayName: true,
      occupation: true,
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
      photoCredit: true,
      photoLicence: true,
      updatedAt: true,
      affiliation: { select: { name: true } },
      case: { select: { title: true } },
      names: { orderBy: { name: "asc" }, select: { name: true, lang: true, isPrimary: true } },
      claims: {
        orderBy: [{ field: "asc" }, { createdAt: "asc" }],
        select: { field: true, value: true, source: { select: { publisher: true, title: true } } },
      },
      charges: {
        orderBy: [{ addedOn: "asc" }],
        select: {
          description: true,
          code: true,
          article: true,
          addedOn: true,
          addedPrecision: true,
          droppedOn: true,
          droppedPrecision: true,
        },
      },
    },
  });
}

export type DetaineeExportRow = Awaited<ReturnType<typeof searchPublishedDetaineesForExport>>[number];
