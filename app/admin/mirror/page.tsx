import { requireStaff } from "@/lib/auth/session";
import { getAdminTranslations } from "@/lib/i18n/admin-translations";
import { getLatestMirror } from "@/lib/mirror/get-latest-mirror";

export async function generateMetadata() {
  const t = await getAdminTranslations("adminMirror");
  return { title: t("metaTitle") };
}

// A file download, not a page: a plain link (next/link would try a client-side navigation).
const downloadHref = "/admin/mirror/download";

export default async function MirrorPage() {
  const staff = await requireStaff();
  const mirror = getLatestMirror(staff);
  const t = await getAdminTranslations("adminMirror");
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3">{t("intro")}</p>
      {mirror ? (
        <p className="mt-4">
          {t.rich("latest", {
            date: mirror.madeAt.toUTCString(),
            size: Math.round(mirror.bytes / 1024),
            time: (chunks) => <time dateTime={mirror.madeAt.toISOString()}>{chunks}</time>,
          })}{" "}
          <a href={downloadHref} className="font-semibold underline">
            {t("download")}
          </a>
        </p>
      ) : (
        <p className="mt-4">{t("none")}</p>
      )}
      <p className="mt-4 text-sm text-stone-700">{t("howTo")}</p>
    </div>
  );
}
