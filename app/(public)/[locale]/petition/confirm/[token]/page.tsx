import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { confirmSignatureAction } from "@/lib/petition/petition-actions";
import type { Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { Container } from "@/components/ui/container";
import { ConfirmForm } from "@/components/petition/confirm-form";

// Rendered per request and never cached: the token is in the URL. The page itself
// changes nothing; only its button's POST confirms.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "petition" });
  return { title: t("confirm.metaTitle"), robots: { index: false, follow: false } };
}

export default async function ConfirmPage({ params }: { params: Promise<{ locale: Locale; token: string }> }) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("petition.confirm");
  const tr = await getTranslations("petition.result");
  return (
    <Container className="max-w-2xl py-12">
      <h1 className="text-3xl font-bold">{t("heading")}</h1>
      <p className="mt-4">{t("body")}</p>
      <div className="mt-6">
        <ConfirmForm
          action={confirmSignatureAction}
          token={token}
          text={{
            button: t("button"),
            confirmed: t("confirmed"),
            invalid: t("invalid"),
            unavailable: t("unavailable"),
            forbidden: tr("forbidden"),
          }}
        />
      </div>
      <p className="mt-8">
        <Link href="/petition" className="underline">
          {t("back")}
        </Link>
      </p>
    </Container>
  );
}
