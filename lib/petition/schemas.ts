import { z } from "zod";
import { locales } from "@/lib/i18n/routing";
import { isCountryCode } from "./countries";

// Error messages are message keys (messages/<locale>/petition.json → errors.*), so
// the same schema gives field errors in every language, on the server and the form.

// Control and format characters (bidi overrides that reverse how a name reads,
// zero-width tricks, NUL), except the joiners that Persian and Indic names need.
const CONTROL = /[\p{Cc}\p{Cs}\p{Co}\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/u;
// Spreadsheet formula starters: a name exported to staff must never run as a formula.
const FORMULA_START = /^[=+\-@]/;
const URL_LIKE =
  /(https?:|ftp:|www\.|:\/\/|[\p{L}\p{N}-]+\.(com|net|org|info|biz|io|xyz|top|ru|az|co|me|app|link|site|online|click|ly|gl|to|tk)\b)/iu;

export const signatureNameSchema = z
  .string()
  .max(2000, "nameTooLong")
  .transform((value) =>
    value
      .normalize("NFC")
      .replace(/[ \t]+/g, " ")
      .trim(),
  )
  .pipe(
    z
      .string()
      .min(1, "nameRequired")
      .max(100, "nameTooLong")
      .refine((value) => !CONTROL.test(value) && !/[\r\n]/.test(value), "nameControl")
      .refine((value) => !/[<>{}\\]/.test(value), "nameHtml")
      .refine((value) => !FORMULA_START.test(value), "nameFormula")
      .refine((value) => !URL_LIKE.test(value), "nameUrl")
      .refine((value) => /\p{L}/u.test(value), "nameLetters"),
  );

export const signatureEmailSchema = z
  .string()
  .max(2000, "emailTooLong")
  .transform((value) => value.trim())
  .pipe(
    z
      .string()
      .min(1, "emailRequired")
      .max(254, "emailTooLong")
      .refine((value) => !CONTROL.test(value), "emailInvalid")
      .pipe(z.email("emailInvalid")),
  );

const checkbox = z
  .string()
  .max(10)
  .optional()
  .transform((value) => value === "on" || value === "true" || value === "1");

export const signPetitionSchema = z.object({
  name: signatureNameSchema,
  email: signatureEmailSchema,
  country: z
    .string({ error: "countryRequired" })
    .max(10, "countryInvalid")
    .transform((value) => value.trim().toUpperCase())
    .pipe(z.string().min(1, "countryRequired").refine(isCountryCode, "countryInvalid")),
  showPublicly: checkbox,
  contactOptIn: checkbox,
  consentVersion: z.coerce
    .number({ error: "consentChanged" })
    .int("consentChanged")
    .min(1, "consentChanged")
    .max(1_000_000, "consentChanged"),
  // The language the notice was shown in (the form sends it); scripts that leave it
  // out consented in the language they sign in.
  consentLocale: z.enum(locales, { error: "consentChanged" }).optional(),
  // The honeypot: hidden from people (and from assistive technology), filled by naive bots.
  website: z.string().max(2000).optional(),
  // ALTCHA payload (base64 JSON) when the browser solved a proof-of-work.
  altcha: z.string().max(20_000).optional(),
  // Set by the page's script: this browser can solve a proof-of-work if asked.
  js: z.string().max(5).optional(),
  // The code of the partner organisation whose link or embedded form was used. An
  // unknown code is ignored (the signature still counts), never an error.
  partner: z.string().max(100).optional(),
});

export type SignPetitionInput = z.input<typeof signPetitionSchema>;
export type SignPetitionData = z.output<typeof signPetitionSchema>;

export const signerRequestSchema = z.object({
  email: signatureEmailSchema,
  kind: z.enum(["ACCESS", "ERASE", "HIDE_NAME"], { error: "kindInvalid" }),
});
