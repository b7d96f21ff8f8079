import { z } from "zod";
import { translationShape } from "@/lib/translations/translation-input";

/** An organisation's public texts (field → maximum length); its English is not edited here. */
export const ORGANISATION_TRANSLATED = { name: 300, shortName: 100, description: 5000 };
/** A case's public texts. */
export const CASE_TRANSLATED = { title: 300, summary: 10_000 };

const record = { id: z.string().min(1).max(64), basis: z.string().max(64) };

export const translateOrganisationSchema = z.object({ ...record, ...translationShape(ORGANISATION_TRANSLATED) });
export const translateCaseSchema = z.object({ ...record, ...translationShape(CASE_TRANSLATED) });
