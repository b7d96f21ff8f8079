import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { confirmPressSubscriptionAction } from "@/lib/press/press-actions";
import { Container } from "@/components/ui/container";
import { ConfirmForm } from "@/components/petition/confirm-form";

// Never cached: the token is in the URL. Opening the page changes nothing (mail
// scanners open links); only its button's POST confirms.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "pressList.confirm" });
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

export default async function PressConfirmPage({ params }: { params: Promise<{ locale: Locale; token: string }> }) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("pressList");
  return (
    <Container className="max-w-2xl py-12">
      <h1 className="text-3xl font-bold">{t("confirm.heading")}</h1>
      <p className="mt-4">{t("confirm.body")}</p>
      <div className="mt-6">
        <ConfirmForm
          action={confirmPressSubscriptionAction}
          token={token}
          text={{
            button: t("confirm.button"),
            confirmed: t("confirm.confirmed"),
            invalid: t("confirm.invalid"),
            unavailable: t("results.unavailable"),
            forbidden: t("results.forbidden"),
          }}
        />
      </div>
      <p className="mt-8">
        <Link href="/press" className="underline">
          {t("confirm.back")}
        </Link>
      </p>
    </Container>
  );
}
