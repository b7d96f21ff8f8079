import { z } from "zod";

// Zod helpers for form and query fields, shared by every schema: an empty field means
// "not given" the same way everywhere.

/** An empty or all-blank string becomes undefined, for z.preprocess before a default or an optional. */
export const blank = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** A field that may be left empty: blank means undefined, anything else must satisfy `schema`. */
export const optionalField = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());

/** A trimmed text field of at most `max` characters; empty is stored as null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .transform((value) => (value === "" ? null : value));

// C0 control characters but tab, line feed and carriage return, and DEL. PostgreSQL
// refuses NUL in text (a query with one fails, which answered 500), and none of them
// belongs in a name, a slug or a filter typed by a person.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const CONTROL_CHARACTERS_MESSAGE = "Remove the control characters (such as NUL) from this field.";

/** Whether a value typed or sent by someone holds a character no field accepts. */
export function hasControlCharacters(value: string): boolean {
  return CONTROL_CHARACTERS.test(value);
}

/**
 * The fields of a submitted form that hold control characters, one message each, or
 * null when there are none. The action wrappers run it before any schema, so every
 * staff and sign-in form refuses them field by field without each schema saying so.
 */
export function controlCharacterErrors(input: Record<string, string | string[]>): Record<string, string[]> | null {
  const errors: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(input)) {
    const values = Array.isArray(value) ? value : [value];
    if (values.some(hasControlCharacters)) errors[key] = [CONTROL_CHARACTERS_MESSAGE];
  }
  return Object.keys(errors).length > 0 ? errors : null;
}

/** A text filter from a query string: trimmed, at most `max` characters, no control characters. */
export const filterText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `at most ${max} characters` })
    .refine((value) => !hasControlCharacters(value), { error: "no control characters" });

/**
 * A slug, id or token from the address (`/detainees/[slug]`): every data function that
 * looks one up checks it here first, so a value PostgreSQL would refuse, or one far
 * longer than any real key, is simply "not found".
 */
export const routeParamSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((value) => !hasControlCharacters(value));

export function isRouteParam(value: unknown): value is string {
  return routeParamSchema.safeParse(value).success;
}
