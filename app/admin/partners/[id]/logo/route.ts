import { getTranslations } from "next-intl/server";
import { authoriseRouteRequest } from "@/lib/auth/session";
import { refreshPublicPages } from "@/lib/cache/refresh-public-pages";
import { readUploadedFile, uploadRefusalPage } from "@/lib/http/read-uploaded-file";
import { getAdminLocale } from "@/lib/i18n/admin-locale";
import { MAX_LOGO_BYTES, processLogo } from "@/lib/media/process-logo";
import { setPartnerLogo } from "@/lib/partners/set-partner-logo";

const back = (id: string, outcome: string) =>
  new Response(null, {
    status: 303,
    headers: { Location: `/admin/partners/${encodeURIComponent(id)}?logo=${outcome}`, "Cache-Control": "no-store" },
  });

async function refuse(status: number, id: string, key: "tooLarge" | "notImage" | "unreadable") {
  const locale = await getAdminLocale();
  const t = await getTranslations({ locale, namespace: "adminPartners" });
  return uploadRefusalPage(status, {
    lang: locale,
    title: t("logo.notSaved"),
    message: t(`logo.${key}`),
    backHref: `/admin/partners/${encodeURIComponent(id)}`,
    backLabel: t("back"),
  });
}

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const staff = await authoriseRouteRequest(request, { stateChanging: true });
  if (staff instanceof Response) return staff;
  const { id } = await params;
  const upload = await readUploadedFile(request, "logo", MAX_LOGO_BYTES);
  if (upload.status === "too-large") return refuse(413, id, "tooLarge");
  if (upload.status === "missing") return back(id, "missing");
  const logo = await processLogo(upload.bytes);
  if (logo.status === "not-an-image") return refuse(415, id, "notImage");
  if (logo.status === "unreadable") return refuse(422, id, "unreadable");
  if (!(await setPartnerLogo(staff, id, logo.png)))
    return Response.json({ error: "No such partner." }, { status: 404 });
  refreshPublicPages();
  return back(id, "saved");
}
