"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { failed, invalid, ok, type ActionResult } from "@/lib/actions/action-result";
import { env } from "@/lib/config/env";
import { clientIp } from "@/lib/http/client-ip";
import { isSameOriginRequest } from "@/lib/http/same-origin";
import { localePath, isLocale, type Locale } from "@/lib/i18n/routing";
import { echoValues, formInput } from "@/lib/validation/form-input";
import { confirmSignature } from "./confirm-signature";
import { signPetition } from "./sign-petition";
import { requestSignerLink } from "./request-signer-link";
import { fulfilSignerRequest, type FulfilOutcome } from "./fulfil-signer-request";

// Server actions for the public petition forms. They work without JavaScript (the
// form posts, the page re-renders with the result). Without JavaScript, a signature
// that was taken is answered with a redirect to a cached page instead
// (post/redirect/get): rendering the whole petition page again for every signer is what
// made signing slow under a spike (docs/decisions/010-shared-cache.md). Errors are message keys that
// the forms translate (messages/<locale>/petition.json).

const localeOf = (formData: FormData): Locale => {
  const value = String(formData.get("locale") ?? "en");
  return isLocale(value) ? value : "en";
};

export async function signPetitionAction(
  _previous: unknown,
  formData: FormData,
): Promise<ActionResult<{ signed: true }>> {
  const requestHeaders = await headers();
  if (!isSameOriginRequest(requestHeaders, env().APP_URL)) return failed("forbidden");
  const input = formInput(formData);
  const values = echoValues(input, ["website", "altcha", "js", "locale"]);
  const locale = localeOf(formData);
  const outcome = await signPetition(input, { ip: clientIp(requestHeaders), locale });
  switch (outcome.status) {
    case "accepted":
      // The scripted call (React sends Next-Action) gets the result, which the form shows
      // in place; a redirect there would make Next render the next page into the answer.
      if (requestHeaders.has("next-action")) return ok({ signed: true });
      redirect(localePath(locale, "/petition/signed"));
    case "invalid":
      return invalid(outcome.fieldErrors, { formError: outcome.formError ?? "fixErrors", values });
    case "challenge":
      return invalid({}, { formError: "challenge", values });
    case "closed":
    case "unavailable":
      return failed(outcome.status);
  }
}

export async function confirmSignatureAction(
  _previous: unknown,
  formData: FormData,
): Promise<ActionResult<{ receipt: string }>> {
  if (!isSameOriginRequest(await headers(), env().APP_URL)) return failed("forbidden");
  const result = await confirmSignature(String(formData.get("token") ?? ""));
  return result.status === "confirmed" ? ok({ receipt: result.receipt }) : failed(result.status);
}

export async function requestSignerLinkAction(
  _previous: unknown,
  formData: FormData,
): Promise<ActionResult<{ sent: true }>> {
  const requestHeaders = await headers();
  if (!isSameOriginRequest(requestHeaders, env().APP_URL)) return failed("forbidden");
  const input = formInput(formData);
  const outcome = await requestSignerLink(input, {
    ip: clientIp(requestHeaders),
    locale: localeOf(formData),
  });
  if (outcome.status === "sent") return ok({ sent: true });
  if (outcome.status === "invalid")
    return invalid(outcome.fieldErrors, { formError: "fixErrors", values: echoValues(input, ["locale"]) });
  return failed(outcome.status === "rate-limited" ? "rateLimited" : "unavailable");
}

export async function fulfilSignerRequestAction(
  _previous: unknown,
  formData: FormData,
): Promise<ActionResult<FulfilOutcome>> {
  if (!isSameOriginRequest(await headers(), env().APP_URL)) return failed("forbidden");
  try {
    return ok(await fulfilSignerRequest(String(formData.get("token") ?? "")));
  } catch {
    return failed("unavailable");
  }
}
