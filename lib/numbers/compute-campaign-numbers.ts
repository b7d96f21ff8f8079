import type { DetentionStatus } from "@/lib/db/generated/enums";

/**
 * The campaign in figures, from the published profiles alone. Pure: the same rows and
 * the same day give the same figures, so tests can compute them again independently.
 */
export type NumbersInputRow = {
  status: DetentionStatus;
  arrestDate: Date | null;
  arrestDatePrecision: "DAY" | "MONTH" | "YEAR" | null;
  releaseDate: Date | null;
  releaseDatePrecision: "DAY" | "MONTH" | "YEAR" | null;
  occupation: string | null;
  translations: unknown;
  affiliation: { slug: string; name: string; shortName: string | null; translations: unknown } | null;
};

export const detentionBuckets = ["under1m", "1to6m", "6to12m", "1to2y", "2to5y", "5yPlus"] as const;
export type DetentionBucket = (typeof detentionBuckets)[number];
// Upper bounds in whole months, exclusive, of each bucket but the last.
const bucketLimits = [1, 6, 12, 24, 60];

/**
 * Statuses of people no longer held. Without a release date their time in detention
 * has no known end, so they are left out of that chart rather than counted up to today.
 */
export const notHeldStatuses: ReadonlySet<DetentionStatus> = new Set([
  "RELEASED",
  "ACQUITTED",
  "TRAVEL_BAN",
  "EXILED",
  "DIED_IN_CUSTODY",
]);

// A release without a known month still counts as a release "month not known".
const releasedStatuses: ReadonlySet<DetentionStatus> = new Set(["RELEASED", "ACQUITTED"]);

export type CampaignNumbers = {
  /** The day the figures describe (UTC), YYYY-MM-DD. */
  asOf: string;
  total: number;
  status: { status: DetentionStatus; count: number }[];
  /** Months (YYYY-MM) with at least one arrest or release, oldest first. */
  monthly: { month: string; arrests: number; releases: number }[];
  /** Arrests and releases whose month is not known (only the year, or no date). */
  monthUnknown: { arrests: number; releases: number };
  affiliation: {
    slug: string | null;
    name: string | null;
    shortName: string | null;
    translations: unknown;
    count: number;
  }[];
  occupation: { occupation: string | null; translations: unknown; count: number }[];
  detention: { bucket: DetentionBucket; count: number }[];
  /** People left out of time in detention: arrest not known to the month; end not known. */
  detentionLeftOut: { noArrestDate: number; noReleaseDate: number };
};

const knownToMonth = (date: Date | null, precision: NumbersInputRow["arrestDatePrecision"]): date is Date =>
  date !== null && (precision === "DAY" || precision === "MONTH");

const monthKey = (date: Date) => date.toISOString().slice(0, 7);

/** Whole months from start to end; a day is compared only when both days are known. */
export function wholeMonthsBetween(start: Date, startDayKnown: boolean, end: Date, endDayKnown: boolean): number {
  let months = (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + (end.getUTCMonth() - start.getUTCMonth());
  if (startDayKnown && endDayKnown && end.getUTCDate() < start.getUTCDate()) months -= 1;
  return Math.max(0, months);
}

export function detentionBucketOf(months: number): DetentionBucket {
  const index = bucketLimits.findIndex((limit) => months < limit);
  return detentionBuckets[index === -1 ? detentionBuckets.length - 1 : index]!;
}

function countBy<T>(rows: T[], keyOf: (row: T) => string): Map<string, { first: T; count: number }> {
  const counts = new Map<string, { first: T; count: number }>();
  for (const row of rows) {
    const key = keyOf(row);
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else counts.set(key, { first: row, count: 1 });
  }
  return counts;
}

// Largest first; ties by name, so the order is stable between renders.
const byCountThenName =
  <T extends { count: number }>(name: (row: T) => string) =>
  (a: T, b: T) =>
    b.count - a.count || name(a).localeCompare(name(b), "en");

export function computeCampaignNumbers(
  rows: NumbersInputRow[],
  statusOrder: readonly DetentionStatus[],
  now: Date,
): CampaignNumbers {
  const asOfDate = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));

  const statusCounts = countBy(rows, (r) => r.status);
  const status = statusOrder
    .filter((s) => statusCounts.has(s))
    .map((s) => ({ status: s, count: statusCounts.get(s)!.count }));

  const months = new Map<string, { arrests: number; releases: number }>();
  const monthUnknown = { arrests: 0, releases: 0 };
  const month = (key: string) => {
    let entry = months.get(key);
    if (!entry) months.set(key, (entry = { arrests: 0, releases: 0 }));
    return entry;
  };
  for (const r of rows) {
    if (knownToMonth(r.arrestDate, r.arrestDatePrecision)) month(monthKey(r.arrestDate)).arrests += 1;
    else monthUnknown.arrests += 1;
    if (knownToMonth(r.releaseDate, r.releaseDatePrecision)) month(monthKey(r.releaseDate)).releases += 1;
    else if (r.releaseDate || releasedStatuses.has(r.status)) monthUnknown.releases += 1;
  }
  const monthly = [...months.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => ({ month: key, ...value }));

  const affiliation = [...countBy(rows, (r) => r.affiliation?.slug ?? "").values()]
    .map(({ first, count }) => ({
      slug: first.affiliation?.slug ?? null,
      name: first.affiliation?.name ?? null,
      shortName: first.affiliation?.shortName ?? null,
      translations: first.affiliation?.translations ?? {},
      count,
    }))
    // "Not recorded" last, whatever its size: it is not a group of its own.
    .sort(
      (a, b) =>
        Number(a.slug === null) - Number(b.slug === null) || byCountThenName<typeof a>((x) => x.name ?? "")(a, b),
    );

  // The list's occupation filter matches the whole text, ignoring case: group the same way.
  const occupation = [...countBy(rows, (r) => r.occupation?.toLowerCase() ?? "\u0000").values()]
    .map(({ first, count }) => ({
      occupation: first.occupation,
      translations: first.occupation === null ? {} : first.translations,
      count,
    }))
    .sort(
      (a, b) =>
        Number(a.occupation === null) - Number(b.occupation === null) ||
        byCountThenName<typeof a>((x) => x.occupation ?? "")(a, b),
    );

  const bucketCounts = new Map<DetentionBucket, number>();
  const detentionLeftOut = { noArrestDate: 0, noReleaseDate: 0 };
  for (const r of rows) {
    if (!knownToMonth(r.arrestDate, r.arrestDatePrecision)) {
      detentionLeftOut.noArrestDate += 1;
      continue;
    }
    let end: Date;
    let endDayKnown: boolean;
    if (knownToMonth(r.releaseDate, r.releaseDatePrecision)) {
      end = r.releaseDate;
      endDayKnown = r.releaseDatePrecision === "DAY";
    } else if (r.releaseDate || notHeldStatuses.has(r.status)) {
      detentionLeftOut.noReleaseDate += 1;
      continue;
    } else {
      end = asOfDate;
      endDayKnown = true;
    }
    const bucket = detentionBucketOf(
      wholeMonthsBetween(r.arrestDate, r.arrestDatePrecision === "DAY", end, endDayKnown),
    );
    bucketCounts.set(bucket, (bucketCounts.get(bucket) ?? 0) + 1);
  }
  const detention = detentionBuckets.map((bucket) => ({ bucket, count: bucketCounts.get(bucket) ?? 0 }));

  return {
    asOf: asOfDate.toISOString().slice(0, 10),
    total: rows.length,
    status,
    monthly,
    monthUnknown,
    affiliation,
    occupation,
    detention,
    detentionLeftOut,
  };
}
