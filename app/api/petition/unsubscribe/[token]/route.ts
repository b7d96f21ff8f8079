import { unsubscribeSigner } from "@/lib/campaign-mail/unsubscribe-signer";
import { readBodyWithLimit } from "@/lib/http/read-body";
import { isLocale, localePath } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

/**
 * Unsubscribes by POST only: from the landing page's button (then back to the page,
 * 303), or from a mail client's one-click button (RFC 8058: body
 * "List-Unsubscribe=One-Click", answered 200). No same-origin check, deliberately: a
 * one-click POST comes from the mail provider's servers, and the token (a keyed MAC)
 * is the whole authorisation: whoever can post it holds the mail.
 */
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const headers = { "Cache-Control": "no-store" };
  let form: URLSearchParams;
  try {
    form = new URLSearchParams(new TextDecoder().decode(await readBodyWithLimit(request, 1024)));
  } catch {
    return Response.json({ status: "invalid" }, { status: 400, headers });
  }
  const outcome = await unsubscribeSigner(token);
  if (form.get("List-Unsubscribe") === "One-Click") {
    return Response.json(outcome, { status: outcome.status === "done" ? 200 : 400, headers });
  }
  const locale = form.get("locale") ?? "en";
  const page = localePath(isLocale(locale) ? locale : "en", `/petition/unsubscribe/${encodeURIComponent(token)}`);
  return new Response(null, {
    status: 303,
    headers: { ...headers, Location: `${page}?result=${outcome.status}` },
  });
}
