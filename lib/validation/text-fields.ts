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
