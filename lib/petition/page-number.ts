/** A `?page=` value: missing means 1; anything but a whole number from 1 to 100000 is null (the page answers 404). */
export function pageNumber(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1;
  if (typeof value !== "string" || !/^[1-9]\d{0,5}$/.test(value)) return null;
  const page = Number(value);
  return page <= 100_000 ? page : null;
}
