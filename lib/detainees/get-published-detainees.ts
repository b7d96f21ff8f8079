import "server-only";
import { db } from "@/lib/db/client";
import { primaryNamesSelect } from "./name-for-locale";

export const detaineeCardSelect = {
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
  photoPath: true,
  photoCredit: true,
  updatedAt: true,
  affiliation: { select: { name: true, slug: true } },
  names: primaryNamesSelect,
} as const;

export async function getPublishedDetainees() {
  return db.detainee.findMany({
    where: { published: true },
    orderBy: [{ displayName: "asc" }],
    select: detaineeCardSelect,
  });
}

export type DetaineeCardData = Awaited<ReturnType<typeof getPublishedDetainees>>[number];

/** Cases with people the sources count but do not name, for "and N more" notes. */
export async function getCasesWithUnnamedDetainees() {
  return db.case.findMany({
    where: { unnamedCount: { gt: 0 }, detainees: { some: { published: true } } },
    select: { slug: true, title: true, unnamedCount: true, translations: true },
  });
}
