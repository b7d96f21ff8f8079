import type { DatePrecision } from "./format-partial-date";

export type PartialDate = { date: Date; precision: DatePrecision };

/**
 * "2013", "2013-03" or "2013-03-14" → a UTC date and its precision. The precision is
 * what the editor typed, so nobody has to invent a day that no source gives.
 * Returns null for text that is not one of these forms or not a real calendar date.
 */
export function parsePartialDate(input: string): PartialDate | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(input.trim());
  if (!match) return null;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = m ? Number(m) : 1;
  const day = d ? Number(d) : 1;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  if (year < 1900 || year > 2100) return null;
  return { date, precision: d ? "DAY" : m ? "MONTH" : "YEAR" };
}

/** The text form of a stored partial date, for an edit field. */
export function partialDateInput(date: Date | null | undefined, precision: DatePrecision | null | undefined): string {
  if (!date) return "";
  const iso = date.toISOString().slice(0, 10);
  return precision === "YEAR" ? iso.slice(0, 4) : precision === "MONTH" ? iso.slice(0, 7) : iso;
}
