const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whole days from arrest to release (or to `now` while still held). Null when the
 * arrest date is not known to the day: a count built on a guessed day would be
 * a fact we do not have.
 */
export function daysInDetention(input: {
  arrestDate: Date | null;
  arrestDatePrecision: "DAY" | "MONTH" | "YEAR" | null;
  releaseDate: Date | null;
  now?: Date;
}): number | null {
  if (!input.arrestDate || input.arrestDatePrecision !== "DAY") return null;
  const end = input.releaseDate ?? input.now ?? new Date();
  const start = Date.UTC(
    input.arrestDate.getUTCFullYear(),
    input.arrestDate.getUTCMonth(),
    input.arrestDate.getUTCDate(),
  );
  const stop = Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate());
  return Math.max(0, Math.round((stop - start) / DAY_MS));
}
