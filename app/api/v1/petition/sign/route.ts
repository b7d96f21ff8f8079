import { isPartnerEmbedRequest } from "@/lib/partners/embed-origin";
import { embedOutcomeOf } from "@/lib/partners/embed-outcome";
import { findPartnerByCode } from "@/lib/partners/find-partner-by-code";
import { signPetition } from "@/lib/petition/sign-petition";
import { clientIp } from "@/lib/http/client-ip";
import { BodyTooLargeError, bufferedRequest, readBodyWithLimit } from "@/lib/http/read-body";
import { publicTranslator } from "@/lib/i18n/public-translator";
import { isLocale, localePath, type Locale } from "@/lib/i18n/routing";
import { formInput } from "@/lib/validation/form-input";

// A signature is a few short fields; the consent notice is not posted back.
const BODY_LIMIT = 32 * 1024;

/**
 * POST /api/v1/petition/sign: the target of the sign form partners embed on their own
 * sites (a plain HTML form, no script of ours). Accepted only from the origin staff
 * stored for the partner the form names; then the same signing path as our own form
 * (validation, rate limits, double opt-in). The browser is sent on to our petition
 * page with the outcome (303), so a signer whose form needs correcting finishes there.
 */
export async function POST(request: Request) {
  let form: FormData | null;
  try {
    form = await bufferedRequest(request, await readBodyWithLimit(request, BODY_LIMIT))
      .formData()
      .catch(() => null);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return refuse(413, "en", "embed.tooLarge");
    throw error;
  }
  const input = form ? formInput(form) : {};
  const locale: Locale = isLocale(input.locale ?? "") ? (input.locale as Locale) : "en";
  const partner = await findPartnerByCode(input.partner);
  if (!partner || !isPartnerEmbedRequest(request.headers, partner.origin)) return refuse(403, locale, "embed.refused");

  const outcome = await signPetition(input, { ip: clientIp(request.headers), locale, embedded: true });
  return new Response(null, {
    status: 303,
    headers: {
      Location: localePath(locale, `/petition/with/${partner.code}/${embedOutcomeOf(outcome)}`),
      "Cache-Control": "no-store",
    },
  });
}

/** A refusal the signer's browser shows as a page, in their language, with the way to our own form. */
async function refuse(status: 403 | 413, locale: Locale, message: "embed.refused" | "embed.tooLarge") {
  const t = await publicTranslator(locale, "petition");
  const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const html = `<!doctype html><html lang="${locale}"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(t("embed.refusedTitle"))}</title><main><h1>${escape(t("embed.refusedTitle"))}</h1><p role="alert">${escape(t(message))}</p><p><a href="${escape(localePath(locale, "/petition"))}">${escape(t("embed.toPetition"))}</a></p></main></html>`;
  return new Response(html, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}
