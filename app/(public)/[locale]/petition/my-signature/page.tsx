import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requestSignerLinkAction } from "@/lib/petition/petition-actions";
import type { Locale } from "@/lib/i18n/routing";
import { Container } from "@/components/ui/container";
import { SignerRequestForm } from "@/components/petition/signer-request-form";

export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "petition" });
  return { title: t("rights.metaTitle") };
}

export default async function MySignaturePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("petition");
  return (
    <Container className="max-w-2xl py-12">
      <h1 className="text-3xl font-bold">{t("rights.heading")}</h1>
      <p className="mt-4">{t("rights.body")}</p>
      <div className="mt-6">
        <SignerRequestForm
          action={requestSignerLinkAction}
          locale={locale}
          text={{
            email: t("rights.email"),
            kind: t("rights.kind"),
            access: t("rights.access"),
            erase: t("rights.erase"),
            hideName: t("rights.hideName"),
            submit: t("rights.submit"),
            sent: t("rights.sent"),
            results: {
              rateLimited: t("result.rateLimited"),
              unavailable: t("result.unavailable"),
              forbidden: t("result.forbidden"),
              fixErrors: t("result.fixErrors"),
            },
            errors: {
              emailRequired: t("errors.emailRequired"),
              emailTooLong: t("errors.emailTooLong"),
              emailInvalid: t("errors.emailInvalid"),
              kindInvalid: t("errors.kindInvalid"),
            },
          }}
        />
      </div>
    </Container>
  );
}
