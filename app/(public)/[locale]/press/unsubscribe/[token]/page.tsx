import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { unsubscribeFromPressAction } from "@/lib/press/press-actions";
import { Container } from "@/components/ui/container";
import { ConfirmForm } from "@/components/petition/confirm-form";

// Like confirming: the link in every press mail leads here, and only the button's POST
// removes the subscriber (a mail scanner opening the link must not).
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "pressList.unsubscribe" });
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

export default async function PressUnsubscribePage({ params }: { params: Promise<{ locale: Locale; token: string }> }) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("pressList");
  return (
    <Container className="max-w-2xl py-12">
      <h1 className="text-3xl font-bold">{t("unsubscribe.heading")}</h1>
      <p className="mt-4">{t("unsubscribe.body")}</p>
      <div className="mt-6">
        <ConfirmForm
          action={unsubscribeFromPressAction}
          token={token}
          text={{
            button: t("unsubscribe.button"),
            confirmed: t("unsubscribe.done"),
            invalid: t("unsubscribe.invalid"),
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
