import { env } from "@/lib/config/env";
import { clientIp } from "@/lib/http/client-ip";
import { BodyTooLargeError, bufferedRequest, readBodyWithLimit } from "@/lib/http/read-body";
import { isSameOriginRequest } from "@/lib/http/same-origin";
import { isLocale } from "@/lib/i18n/routing";
import { signPetition } from "@/lib/petition/sign-petition";
import { formInput } from "@/lib/validation/form-input";

export const dynamic = "force-dynamic";

// Name, email, country, choices and a proof-of-work payload fit in a few kilobytes.
const MAX_BODY_BYTES = 32 * 1024;

const STATUS = {
  accepted: 202,
  invalid: 400,
  challenge: 428,
  "rate-limited": 429,
  closed: 409,
  unavailable: 503,
} as const;

/**
 * The signing endpoint for scripts and the benchmark (the page's form uses the
 * server action, which runs the same `signPetition`). Takes a form or JSON body;
 * answers 202 whether or not the address had signed before.
 */
export async function POST(request: Request) {
  const headers = { "Cache-Control": "no-store" };
  if (!isSameOriginRequest(request.headers, env().APP_URL)) {
    return Response.json({ status: "forbidden" }, { status: 403, headers });
  }
  let form: Record<string, string | undefined>;
  try {
    const type = request.headers.get("content-type") ?? "";
    const raw = await readBodyWithLimit(request, MAX_BODY_BYTES);
    if (type.includes("application/json")) {
      const body: unknown = JSON.parse(new TextDecoder().decode(raw));
      if (!body || typeof body !== "object" || Array.isArray(body)) throw new Error("not an object");
      form = Object.fromEntries(
        Object.entries(body).map(([key, value]) => [
          key,
          typeof value === "string" || typeof value === "number" || typeof value === "boolean"
            ? String(value)
            : undefined,
        ]),
      );
    } else if (type.includes("application/x-www-form-urlencoded")) {
      // The common case, parsed without building a FormData object.
      form = Object.fromEntries(new URLSearchParams(new TextDecoder().decode(raw)));
    } else {
      form = formInput(await bufferedRequest(request, raw).formData());
    }
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      return Response.json({ status: "invalid", fieldErrors: { _form: ["bodyTooLarge"] } }, { status: 413, headers });
    }
    return Response.json({ status: "invalid", fieldErrors: { _form: ["bodyInvalid"] } }, { status: 400, headers });
  }
  const locale = form.locale && isLocale(form.locale) ? form.locale : "en";
  const outcome = await signPetition(form, { ip: clientIp(request.headers), locale });
  return Response.json(outcome, { status: STATUS[outcome.status], headers });
}
