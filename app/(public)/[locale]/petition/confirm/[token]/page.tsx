import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { confirmSignatureAction } from "@/lib/petition/petition-actions";
import { localePath, type Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { Container } from "@/components/ui/container";
import { ConfirmForm } from "@/components/petition/confirm-form";
import { getSignatureToConfirm } from "@/lib/petition/get-signature-to-confirm";

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
  const tl = await getTranslations("ledger.receipt");
  // What the button would confirm, as it stands now: someone may have signed with this
  // address before its owner, and the owner must see (and can correct) the name.
  const signature = await getSignatureToConfirm(token).catch(() => null);
  const countryName = signature
    ? (new Intl.DisplayNames([locale, "en"], { type: "region" }).of(signature.country) ?? signature.country)
    : null;
  return (
    <Container className="max-w-2xl py-12">
      <h1 className="text-3xl font-bold">{t("heading")}</h1>
      <p className="mt-4">{t("body")}</p>
      {signature && (
        <div className="mt-6 rounded border border-stone-300 bg-white p-4">
          <p className="font-medium">{t("details")}</p>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt>{t("name")}</dt>
            <dd className="font-semibold" data-testid="confirm-name">
              {signature.name}
            </dd>
            <dt>{t("countryLabel")}</dt>
            <dd className="font-semibold" data-testid="confirm-country">
              {countryName}
            </dd>
          </dl>
          <p className="mt-3 text-sm">
            {t("correct")}{" "}
            <Link href="/petition#sign" className="underline">
              {t("back")}
            </Link>
          </p>
        </div>
      )}
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
          receipt={{
            heading: tl("heading"),
            body: tl("body"),
            mailed: tl("mailed"),
            verify: tl("verify"),
            verifyHref: localePath(locale, "/petition/verify"),
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
