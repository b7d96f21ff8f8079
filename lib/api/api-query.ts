import { z } from "zod";
import { detaineeQuerySchema, firstValues } from "@/lib/detainees/detainee-query";
import { locales } from "@/lib/i18n/routing";
import { blank, optionalField } from "@/lib/validation/text-fields";
import { fieldErrorsOf } from "@/lib/validation/field-errors";

// The descriptions are the API's parameter documentation (the OpenAPI document is generated from these schemas).
const lang = z
  .preprocess(blank, z.enum(locales, { error: `one of ${locales.join(", ")}` }).default("en"))
  .meta({ description: "Language of translatable text fields; missing translations fall back to English." });
const limit = (max: number, fallback: number) =>
  z
    .preprocess(
      blank,
      z.coerce
        .number({ error: "a whole number" })
        .int({ error: "a whole number" })
        .min(1, { error: "at least 1" })
        .max(max, { error: `at most ${max}` })
        .default(fallback),
    )
    .meta({ description: `How many records to return, at most ${max}.` });
const offset = z
  .preprocess(
    blank,
    z.coerce
      .number({ error: "a whole number" })
      .int({ error: "a whole number" })
      .min(0, { error: "0 or more" })
      .default(0),
  )
  .meta({ description: "How many records to skip, for paging." });

export const apiDetaineeListSchema = detaineeQuerySchema.extend({ lang, limit: limit(500, 100), offset }).strict();
export const apiDetaineeCsvSchema = detaineeQuerySchema.extend({ lang }).strict();
export const apiLangSchema = z.object({ lang }).strict();
/** For operations that take no query parameters: any parameter is refused by name. */
export const apiNoQuerySchema = z.object({}).strict();
export const apiStatementListSchema = z.object({ lang, limit: limit(100, 20), offset }).strict();
export const apiEventListSchema = z
  .object({
    lang,
    limit: limit(200, 50),
    since: optionalField(z.iso.date({ error: "a date, YYYY-MM-DD" })).meta({
      description: "Only events recorded or changed on or after this day (YYYY-MM-DD).",
    }),
  })
  .strict();

export type ParsedApiQuery<T> =
  { status: "ok"; data: T } | { status: "invalid"; fieldErrors: Record<string, string[]> };

/** Validates a request's query string: every bad or unknown parameter is reported by name. */
export function parseApiQuery<T extends z.ZodType>(schema: T, params: URLSearchParams): ParsedApiQuery<z.output<T>> {
  const result = schema.safeParse(firstValues(params));
  if (result.success) return { status: "ok", data: result.data };
  return { status: "invalid", fieldErrors: fieldErrorsOf(result.error, "query") };
}
