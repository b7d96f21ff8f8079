import { z } from "zod";
import { translationShape } from "@/lib/translations/translation-input";

/** The campaign's public texts translated in its form (field → maximum length). */
export const CAMPAIGN_TRANSLATED = { headline: 300, callToAction: 1000, summary: 5000 };
/** The petition's public texts translated in its form. */
export const PETITION_TRANSLATED = { title: 300, body: 20_000 };

const required = (max: number, message: string) =>
  z.string().trim().min(1, message).max(max, `Use at most ${max} characters.`);
const record = { id: z.string().min(1).max(64), version: z.coerce.number().int().min(1) };

export const campaignTextsSchema = z.object({
  ...record,
  headline: required(CAMPAIGN_TRANSLATED.headline, "Enter the headline."),
  callToAction: required(CAMPAIGN_TRANSLATED.callToAction, "Enter the call to action."),
  summary: required(CAMPAIGN_TRANSLATED.summary, "Enter the summary."),
  ...translationShape(CAMPAIGN_TRANSLATED),
});

export const petitionTextsSchema = z.object({
  ...record,
  title: required(PETITION_TRANSLATED.title, "Enter the petition's title."),
  body: required(PETITION_TRANSLATED.body, "Enter the petition's text."),
  ...translationShape(PETITION_TRANSLATED),
});
