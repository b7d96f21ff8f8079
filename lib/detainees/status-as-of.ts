import type { DatePrecision } from "@/lib/dates/format-partial-date";

const DAY_MS = 24 * 60 * 60 * 1000;

/** After this many days a status is shown with the date it was last confirmed. */
export const STATUS_STALE_AFTER_DAYS = 90;

/**
 * The date to show as "as of <date>" beside a status on cards and the home page, or null
 * while the status is recent. The profile always shows when the status was last
 * confirmed; a list shows it only where it matters, so a reader does not take a status
 * confirmed long ago for today's. A date known only to the month or year counts from the
 * end of that month or year: the status may have been confirmed as late as that.
 */
export function statusAsOf(
  input: { statusConfirmedOn: Date | null; statusConfirmedPrecision: DatePrecision | null },
  now: Date = new Date(),
): { date: Date; precision: DatePrecision } | null {
  const { statusConfirmedOn: date, statusConfirmedPrecision: precision } = input;
  if (!date || !precision) return null;
  const y = date.getUTCFullYear();
  const latest =
    precision === "YEAR"
      ? Date.UTC(y + 1, 0, 1) - DAY_MS
      : precision === "MONTH"
        ? Date.UTC(y, date.getUTCMonth() + 1, 1) - DAY_MS
        : date.getTime();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return today - latest > STATUS_STALE_AFTER_DAYS * DAY_MS ? { date, precision } : null;
}
