import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { fulfilSignerRequestAction } from "@/lib/petition/petition-actions";
import { getSignerRequestKind } from "@/lib/petition/get-signer-request-kind";
import type { Locale } from "@/lib/i18n/routing";
import { Container } from "@/components/ui/container";
import { SignerRequestResult } from "@/components/petition/signer-request-result";

// Per request, never cached (the token is in the URL); only the button's POST acts.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "petition" });
  return { title: t("rights.metaTitle"), robots: { index: false, follow: false } };
}

const KEYS = [
  "invalid",
  "none",
  "erased",
  "nameHidden",
  "dataHeading",
  "fieldName",
  "fieldCountry",
  "fieldStatus",
  "fieldSigned",
  "fieldConfirmed",
  "fieldShowPublicly",
  "fieldContact",
  "fieldConsent",
  "fieldEmail",
  "fieldEmailValue",
  "yes",
  "no",
  "statusPENDING",
  "statusCONFIRMED",
  "statusINVALIDATED",
] as const;

const BUTTON = { ACCESS: "Access", ERASE: "Erase", HIDE_NAME: "HideName" } as const;

export default async function SignerRequestPage({ params }: { params: Promise<{ locale: Locale; token: string }> }) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("petition");
  const kind = await getSignerRequestKind(token);
  const text: Record<string, string> = Object.fromEntries(KEYS.map((key) => [key, t(`rights.${key}`)]));
  text.unavailable = t("result.unavailable");
  text.button = t(`rights.confirmButton${BUTTON[kind ?? "ACCESS"]}`);
  return (
    <Container className="max-w-2xl py-12">
      <h1 className="text-3xl font-bold">{t("rights.confirmHeading")}</h1>
      {kind ? (
        <>
          <p className="mt-4">{t(`rights.confirm${BUTTON[kind]}`)}</p>
          <div className="mt-6">
            <SignerRequestResult action={fulfilSignerRequestAction} token={token} locale={locale} text={text} />
          </div>
        </>
      ) : (
        <p className="mt-4">{t("rights.invalid")}</p>
      )}
    </Container>
  );
}
