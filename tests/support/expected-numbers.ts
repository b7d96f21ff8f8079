/**
 * The numbers page's figures computed again, independently, in SQL: the tests compare
 * the page, the JSON, the CSV and the images against these. Written from the rules, not
 * from lib/numbers, so a wrong rule there makes the two disagree.
 */
type Query = <T = unknown>(query: TemplateStringsArray, ...values: unknown[]) => Promise<T>;
type Db = { $queryRaw: Query };

export type ExpectedNumbers = {
  total: number;
  status: Record<string, number>;
  arrests: Record<string, number>;
  releases: Record<string, number>;
  affiliation: Record<string, number>;
  occupation: Record<string, number>;
  detention: Record<string, number>;
  leftOut: { noArrestDate: number; noReleaseDate: number };
  /** Arrests and releases that happened but whose month is not known. */
  monthUnknown: { arrests: number; releases: number };
};

const toRecord = (rows: { key: string | null; count: bigint | number }[]) =>
  Object.fromEntries(rows.map((r) => [r.key ?? "", Number(r.count)]));

export async function expectedNumbers(db: Db, asOf: string): Promise<ExpectedNumbers> {
  const [{ total }] = await db.$queryRaw<[{ total: bigint }]>`
    SELECT count(*) AS total FROM "Detainee" WHERE published`;
  const status = await db.$queryRaw<{ key: string; count: bigint }[]>`
    SELECT status::text AS key, count(*) FROM "Detainee" WHERE published GROUP BY status`;
  const arrests = await db.$queryRaw<{ key: string; count: bigint }[]>`
    SELECT to_char("arrestDate", 'YYYY-MM') AS key, count(*) FROM "Detainee"
    WHERE published AND "arrestDatePrecision" IN ('DAY', 'MONTH') GROUP BY 1`;
  const releases = await db.$queryRaw<{ key: string; count: bigint }[]>`
    SELECT to_char("releaseDate", 'YYYY-MM') AS key, count(*) FROM "Detainee"
    WHERE published AND "releaseDatePrecision" IN ('DAY', 'MONTH') GROUP BY 1`;
  const affiliation = await db.$queryRaw<{ key: string | null; count: bigint }[]>`
    SELECT o.slug AS key, count(*) FROM "Detainee" d LEFT JOIN "Organisation" o ON o.id = d."affiliationId"
    WHERE d.published GROUP BY o.slug`;
  const occupation = await db.$queryRaw<{ key: string | null; count: bigint }[]>`
    SELECT lower(occupation) AS key, count(*) FROM "Detainee" WHERE published GROUP BY lower(occupation)`;
  // Whole months held: to the release date when known to the month, else to `asOf` for
  // people still held; a day counts only when both ends are known to the day.
  const detention = await db.$queryRaw<{ key: string | null; count: bigint }[]>`
    WITH spans AS (
      SELECT "arrestDate" AS start, "arrestDatePrecision" = 'DAY' AS start_day,
        CASE
          WHEN "releaseDatePrecision" IN ('DAY', 'MONTH') THEN "releaseDate"
          WHEN "releaseDate" IS NOT NULL
            OR status IN ('RELEASED', 'ACQUITTED', 'TRAVEL_BAN', 'EXILED', 'DIED_IN_CUSTODY') THEN NULL
          ELSE ${asOf}::date
        END AS stop,
        coalesce("releaseDatePrecision" = 'DAY', "releaseDatePrecision" IS NULL) AS stop_day
      FROM "Detainee"
      WHERE published AND "arrestDatePrecision" IN ('DAY', 'MONTH')
    ), months AS (
      SELECT stop, CASE
        WHEN start_day AND stop_day THEN
          extract(year FROM age(stop, start)) * 12 + extract(month FROM age(stop, start))
        ELSE
          extract(year FROM age(date_trunc('month', stop), date_trunc('month', start))) * 12
            + extract(month FROM age(date_trunc('month', stop), date_trunc('month', start)))
        END AS n
      FROM spans
    )
    SELECT CASE
        WHEN stop IS NULL THEN 'noReleaseDate'
        WHEN n < 1 THEN 'under1m' WHEN n < 6 THEN '1to6m' WHEN n < 12 THEN '6to12m'
        WHEN n < 24 THEN '1to2y' WHEN n < 60 THEN '2to5y' ELSE '5yPlus'
      END AS key, count(*)
    FROM months GROUP BY 1`;
  const [{ noArrestDate }] = await db.$queryRaw<[{ noArrestDate: bigint }]>`
    SELECT count(*) AS "noArrestDate" FROM "Detainee"
    WHERE published AND ("arrestDate" IS NULL OR "arrestDatePrecision" IS NULL OR "arrestDatePrecision" = 'YEAR')`;
  const [{ releasesUnknown }] = await db.$queryRaw<[{ releasesUnknown: bigint }]>`
    SELECT count(*) AS "releasesUnknown" FROM "Detainee"
    WHERE published AND ("releaseDatePrecision" IS NULL OR "releaseDatePrecision" = 'YEAR')
      AND ("releaseDate" IS NOT NULL OR status IN ('RELEASED', 'ACQUITTED'))`;
  const { noReleaseDate = 0, ...buckets } = toRecord(detention);
  return {
    total: Number(total),
    status: toRecord(status),
    arrests: toRecord(arrests),
    releases: toRecord(releases),
    affiliation: toRecord(affiliation),
    occupation: toRecord(occupation),
    detention: buckets,
    leftOut: { noArrestDate: Number(noArrestDate), noReleaseDate },
    monthUnknown: { arrests: Number(noArrestDate), releases: Number(releasesUnknown) },
  };
}
