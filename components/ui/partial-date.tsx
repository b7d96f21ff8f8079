import { formatPartialDate, isoPartialDate, type DatePrecision } from "@/lib/dates/format-partial-date";

export function PartialDate({ date, precision, locale }: { date: Date; precision: DatePrecision; locale: string }) {
  return <time dateTime={isoPartialDate(date, precision)}>{formatPartialDate(date, precision, locale)}</time>;
}
