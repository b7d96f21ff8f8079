export type DatePrecision = "DAY" | "MONTH" | "YEAR";

/**
 * Formats a date only as precisely as it is known: "March 2013", not "1 March 2013".
 * Dates are stored as UTC calendar dates, so they are formatted in UTC.
 */
export function formatPartialDate(date: Date, precision: DatePrecision, locale: string): string {
  const options: Intl.DateTimeFormatOptions =
    precision === "YEAR"
      ? { year: "numeric", timeZone: "UTC" }
      : precision === "MONTH"
        ? { year: "numeric", month: "long", timeZone: "UTC" }
        : { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/** ISO form at the same precision, for machine-readable output (<time datetime>, CSV, API). */
export function isoPartialDate(date: Date, precision: DatePrecision): string {
  const iso = date.toISOString().slice(0, 10);
  return precision === "YEAR" ? iso.slice(0, 4) : precision === "MONTH" ? iso.slice(0, 7) : iso;
}
