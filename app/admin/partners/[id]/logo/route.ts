import { getTranslations } from "next-intl/server";
import { authoriseRouteRequest } from "@/lib/auth/session";
import { refreshPublicPages } from "@/lib/cache/refresh-public-pages";
import { BodyTooLargeError, bufferedRequest, readBodyWithLimit } from "@/lib/http/read-body";
import { getAdminLocale } from "@/lib/i18n/admin-locale";
import { MAX_LOGO_BYTES, processLogo } from "@/lib/media/process-logo";
import { setPartnerLogo } from "@/lib/partners/set-partner-logo";

// The multipart envelope around the file: boundaries, headers, the form's other fields.
const ENVELOPE_BYTES = 64 * 1024;

const back = (id: string, outcome: string) =>
  new Response(null, {
    status: 303,
    headers: { Location: `/admin/partners/${encodeURIComponent(id)}?logo=${outcome}`, "Cache-Control": "no-store" },
  });

/** A refusal the browser shows as a page (the form posts without JavaScript): the message and a way back. */
async function refuse(status: number, id: string, key: "tooLarge" | "notImage" | "unreadable") {
  const locale = await getAdminLocale();
  const t = await getTranslations({ locale, namespace: "adminPartners" });
  const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const html = `<!doctype html><html lang="${locale}"><meta charset="utf-8"><title>${escape(t("logo.notSaved"))}</title><main><h1>${escape(t("logo.notSaved"))}</h1><p role="alert">${escape(t(`logo.${key}`))}</p><p><a href="/admin/partners/${encodeURIComponent(id)}">${escape(t("back"))}</a></p></main></html>`;
  return new Response(html, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const staff = await authoriseRouteRequest(request, { stateChanging: true });
  if (staff instanceof Response) return staff;
  const { id } = await params;
  let form: FormData | null;
  try {
    const body = await readBodyWithLimit(request, MAX_LOGO_BYTES + ENVELOPE_BYTES);
    form = await bufferedRequest(request, body)
      .formData()
      .catch(() => null);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return refuse(413, id, "tooLarge");
    throw error;
  }
  const file = form?.get("logo");
  if (!(file instanceof File) || file.size === 0) return back(id, "missing");
  if (file.size > MAX_LOGO_BYTES) return refuse(413, id, "tooLarge");
  const logo = await processLogo(Buffer.from(await file.arrayBuffer()));
  if (logo.status === "not-an-image") return refuse(415, id, "notImage");
  if (logo.status === "unreadable") return refuse(422, id, "unreadable");
  if (!(await setPartnerLogo(staff, id, logo.png)))
    return Response.json({ error: "No such partner." }, { status: 404 });
  refreshPublicPages();
  return back(id, "saved");
}
