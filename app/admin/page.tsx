import Link from "next/link";
import { requireStaff } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getAdminTranslations } from "@/lib/i18n/admin-translations";

export async function generateMetadata() {
  const t = await getAdminTranslations("adminHome");
  return { title: t("title") };
}

export default async function AdminHome() {
  const staff = await requireStaff();
  const t = await getAdminTranslations("adminHome");
  const [detainees, published, statements] = await Promise.all([
    db.detainee.count(),
    db.detainee.count({ where: { published: true } }),
    db.statement.count(),
  ]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("welcome", { name: staff.name })}</h1>
      <ul className="list-disc pl-6">
        <li>
          <Link href="/admin/detainees" className="underline">
            {t("profiles", { count: detainees })}
          </Link>{" "}
          {t("published", { count: published })}
        </li>
        <li>
          <Link href="/admin/statements" className="underline">
            {t("statements", { count: statements })}
          </Link>
        </li>
      </ul>
    </div>
  );
}
