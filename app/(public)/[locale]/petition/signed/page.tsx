import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { Container } from "@/components/ui/container";

// Where signing sends the signer (post/redirect/get): the same page for everyone, so it
// is cached and a spike of signatures does not re-render the petition page per signer.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "petition" });
  return { title: t("signed.metaTitle"), robots: { index: false } };
}

export default async function SignedPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("petition");
  return (
    <Container className="max-w-2xl py-12">
      <h1 className="text-3xl font-bold">{t("signed.heading")}</h1>
      <p role="status" className="mt-6 rounded border border-green-700 bg-green-50 p-4 text-green-900">
        {t("result.accepted")}
      </p>
      <p className="mt-4">{t("signed.noMail")}</p>
      <p className="mt-6 flex flex-wrap gap-6">
        <Link href="/petition" className="underline">
          {t("confirm.back")}
        </Link>
        <Link href="/petition/my-signature" className="underline">
          {t("form.rightsLink")}
        </Link>
      </p>
    </Container>
  );
}
