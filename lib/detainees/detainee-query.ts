import { z } from "zod";
import { DetentionStatus } from "@/lib/db/generated/enums";
import { filterText, optionalField } from "@/lib/validation/text-fields";
import { fieldErrorsOf } from "@/lib/validation/field-errors";

/**
 * The search, filters and sort of the detainee list, shared by the /detainees page,
 * the JSON API and the CSV export, so a journalist's query means the same everywhere.
 * Kept free of server-only imports: unit tests parse with it directly.
 */
export const detaineeSorts = ["name", "arrested", "detention", "updated"] as const;
export type DetaineeSort = (typeof detaineeSorts)[number];

// An empty form field ("Any status") means no filter (optionalField). The descriptions are
// the API's parameter documentation (the OpenAPI document is generated from this schema).
const statuses = Object.values(DetentionStatus) as [DetentionStatus, ...DetentionStatus[]];

export const detaineeQuerySchema = z.object({
  q: optionalField(filterText(100)).meta({
    description:
      "Name, in any spelling (Latin, Azerbaijani, Cyrillic); every word must start a word of one recorded name.",
  }),
  status: optionalField(z.enum(statuses, { error: `one of ${statuses.join(", ")}` })).meta({
    description: "Current status.",
  }),
  affiliation: optionalField(
    z
      .string()
      .max(100)
      .regex(/^[a-z0-9-]+$/, { error: "an organisation slug (lowercase letters, digits, hyphens)" }),
  ).meta({ description: "Organisation slug." }),
  occupation: optionalField(filterText(200)).meta({
    description: "Exact occupation (English), case-insensitive.",
  }),
  charge: optionalField(filterText(200)).meta({
    description: "Charge description or article, case-insensitive.",
  }),
  year: optionalField(
    z.coerce
      .number({ error: "a year, e.g. 2013" })
      .int({ error: "a year, e.g. 2013" })
      .min(1900, { error: "a year from 1900 on" })
      .max(2100, { error: "a year up to 2100" }),
  ).meta({ description: "Year of arrest." }),
  sort: optionalField(z.enum(detaineeSorts, { error: `one of ${detaineeSorts.join(", ")}` })).meta({
    description:
      "Order: name (the default); arrested (earliest arrest first); detention (longest first); updated (most recently changed first).",
  }),
});

export type DetaineeQuery = z.output<typeof detaineeQuerySchema>;

export type QueryParseResult<T> =
  { status: "ok"; query: T } | { status: "invalid"; query: T; fieldErrors: Record<string, string[]> };

/** Single values from URLSearchParams or Next's searchParams: repeated keys keep the first. */
export function firstValues(params: URLSearchParams | Record<string, string | string[] | undefined>) {
  const out: Record<string, string> = {};
  if (params instanceof URLSearchParams) {
    for (const [key, value] of params) if (!(key in out)) out[key] = value;
  } else {
    for (const [key, value] of Object.entries(params)) {
      const first = Array.isArray(value) ? value[0] : value;
      if (first !== undefined) out[key] = first;
    }
  }
  return out;
}

/**
 * Parses a query. On bad input, the API answers 400 with `fieldErrors`; the page keeps
 * the fields that were valid and says which ones it ignored, instead of failing.
 */
export function parseDetaineeQuery(raw: Record<string, string>): QueryParseResult<DetaineeQuery> {
  const known = Object.fromEntries(Object.entries(raw).filter(([key]) => key in detaineeQuerySchema.shape));
  const result = detaineeQuerySchema.safeParse(known);
  if (result.success) return { status: "ok", query: result.data };
  const fieldErrors = fieldErrorsOf(result.error, "query");
  const valid = Object.fromEntries(Object.entries(known).filter(([key]) => !(key in fieldErrors)));
  const fallback = detaineeQuerySchema.safeParse(valid);
  return { status: "invalid", query: fallback.success ? fallback.data : {}, fieldErrors };
}

/** The URL query string for a query, without empty fields, in a stable order (shareable links). */
export function detaineeQueryString(query: DetaineeQuery): string {
  const params = new URLSearchParams();
  for (const key of ["q", "status", "affiliation", "occupation", "charge", "year", "sort"] as const) {
    const value = query[key];
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
