import { z } from "zod";
import { isoPartialDate } from "@/lib/dates/format-partial-date";
import { DatePrecision, DetentionStatus } from "@/lib/db/generated/enums";

/*
 * A public value as the history page shows it, stored as JSON in PublicChange. Only
 * these shapes exist, so nothing but public values can be written there: a status (shown
 * through the reader's status catalogue), a date at its precision, free text in the
 * language it was stored in, an event (its date and title) or a charge.
 */
const precision = z.enum(DatePrecision);
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

export const publicValueSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("status"), status: z.enum(DetentionStatus) }),
  z.strictObject({ type: z.literal("date"), date: isoDate, precision }),
  z.strictObject({ type: z.literal("text"), text: z.string() }),
  z.strictObject({
    type: z.literal("event"),
    date: isoDate,
    precision,
    title: z.string(),
    description: z.string().nullable(),
  }),
  z.strictObject({
    type: z.literal("charge"),
    text: z.string(),
    dropped: z.strictObject({ date: isoDate, precision }).nullable(),
  }),
]);

export type PublicValue = z.infer<typeof publicValueSchema>;

export function dateValue(date: Date | null, p: DatePrecision | null): PublicValue | null {
  return date && p ? { type: "date", date: isoPartialDate(date, p), precision: p } : null;
}

export function textValue(text: string | null | undefined): PublicValue | null {
  return text ? { type: "text", text } : null;
}

export function chargeValue(charge: {
  description: string;
  article: string | null;
  code: string | null;
  droppedOn: Date | null;
  droppedPrecision: DatePrecision | null;
}): PublicValue {
  const text = [
    charge.article ? `Art. ${charge.article}` : null,
    charge.code ? `(${charge.code})` : null,
    charge.description,
  ]
    .filter(Boolean)
    .join(" ");
  const dropped =
    charge.droppedOn && charge.droppedPrecision
      ? { date: isoPartialDate(charge.droppedOn, charge.droppedPrecision), precision: charge.droppedPrecision }
      : null;
  return { type: "charge", text, dropped };
}

export function eventValue(event: {
  occurredOn: Date;
  precision: DatePrecision;
  title: string;
  description: string | null;
}): PublicValue {
  return {
    type: "event",
    date: isoPartialDate(event.occurredOn, event.precision),
    precision: event.precision,
    title: event.title,
    description: event.description,
  };
}

/** A stored ISO partial date back to a Date (UTC), for formatting in the reader's language. */
export function partialDateToDate(iso: string): Date {
  const [y, m = "01", d = "01"] = iso.split("-");
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}

export function sameValue(a: PublicValue | null, b: PublicValue | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
