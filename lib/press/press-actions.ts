"use server";
import { headers } from "next/headers";
import { failed, invalid, ok, type ActionResult } from "@/lib/actions/action-result";
import { env } from "@/lib/config/env";
import { clientIp } from "@/lib/http/client-ip";
import { isSameOriginRequest } from "@/lib/http/same-origin";
import { echoValues, formInput } from "@/lib/validation/form-input";
import { confirmPressSubscription } from "./confirm-press-subscription";
import { subscribeToPress } from "./subscribe-to-press";
import { unsubscribeFromPress } from "./unsubscribe-from-press";

// The press list's public forms. They work without JavaScript; errors are message keys
// the forms translate (messages/<locale>/pressList.json).

export async function subscribeToPressAction(
  _previous: unknown,
  formData: FormData,
): Promise<ActionResult<{ sent: true }>> {
  const requestHeaders = await headers();
  if (!isSameOriginRequest(requestHeaders, env().APP_URL)) return failed("forbidden");
  const input = formInput(formData);
  const outcome = await subscribeToPress(input, { ip: clientIp(requestHeaders) });
  if (outcome.status === "sent") return ok({ sent: true });
  if (outcome.status === "invalid")
    return invalid(outcome.fieldErrors, { formError: "fixErrors", values: echoValues(input) });
  return failed(outcome.status === "rate-limited" ? "rateLimited" : "unavailable");
}

export async function confirmPressSubscriptionAction(
  _previous: unknown,
  formData: FormData,
): Promise<ActionResult<{ confirmed: true }>> {
  if (!isSameOriginRequest(await headers(), env().APP_URL)) return failed("forbidden");
  const result = await confirmPressSubscription(String(formData.get("token") ?? ""));
  return result === "confirmed" ? ok({ confirmed: true as const }) : failed("invalid");
}

export async function unsubscribeFromPressAction(
  _previous: unknown,
  formData: FormData,
): Promise<ActionResult<{ confirmed: true }>> {
  if (!isSameOriginRequest(await headers(), env().APP_URL)) return failed("forbidden");
  const result = await unsubscribeFromPress(String(formData.get("token") ?? ""));
  return result === "removed" ? ok({ confirmed: true as const }) : failed("invalid");
}
