import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Container } from "@/components/ui/container";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

// The landing page of the link in campaign mail. Opening it changes nothing (mail
// scanners open links); only its button's POST unsubscribes.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "unsubscribe" });
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

export default async function UnsubscribePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale; token: string }>;
  searchParams: Promise<{ result?: string }>;
}) {
  const { locale, token } = await params;
  const { result } = await searchParams;
  setRequestLocale(locale);
  const t = await getTranslations("unsubscribe");
  return (
    <Container className="max-w-2xl py-12">
      <h1 className="text-3xl font-bold">{t("heading")}</h1>
      {result === "done" ? (
        <p role="status" className="mt-6 rounded border border-green-700 bg-green-50 p-4 text-green-900">
          {t("done")}
        </p>
      ) : (
        <>
          <p className="mt-4">{t("body")}</p>
          {result === "invalid" && (
            <p role="alert" className="mt-4 rounded border border-red-700 bg-red-50 p-3 text-red-900">
              {t("invalid")}
            </p>
          )}
          <form method="post" action={`/api/petition/unsubscribe/${encodeURIComponent(token)}`} className="mt-6">
            <input type="hidden" name="locale" value={locale} />
            <button
              type="submit"
              className="rounded bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800"
            >
              {t("button")}
            </button>
          </form>
        </>
      )}
      <p className="mt-8">
        <Link href="/petition" className="underline">
          {t("back")}
        </Link>
      </p>
    </Container>
  );
}
