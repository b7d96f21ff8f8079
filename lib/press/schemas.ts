import { z } from "zod";
import { signatureEmailSchema, signatureNameSchema } from "@/lib/petition/schemas";

// Error messages are keys of messages/<locale>/pressList.json → errors.*, like the petition's.

/** An outlet is free text ("Meydan TV", "freelance"): no HTML, no formula, no control characters. */
const outletSchema = z
  .string()
  .max(2000, "outletTooLong")
  .transform((value) => value.normalize("NFC").replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .min(1, "outletRequired")
      .max(200, "outletTooLong")
      .refine((value) => !/[<>{}\\]/.test(value) && !/^[=+\-@]/.test(value), "outletInvalid"),
  );

export const pressLanguages = ["en", "az", "ru"] as const;
export type PressLanguage = (typeof pressLanguages)[number];

export const pressSubscribeSchema = z.object({
  name: signatureNameSchema,
  outlet: outletSchema,
  email: signatureEmailSchema,
  language: z.enum(pressLanguages, "languageInvalid"),
});
