import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { Container } from "@/components/ui/container";
import { VerifyReceiptForm } from "@/components/petition/verify-receipt-form";
import { verifyReceiptAction } from "@/lib/ledger/verify-receipt-action";

export const revalidate = 3600;

const LEDGER_URL = "/api/v1/petition/ledger";

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "ledger.verify" });
  return { title: t("metaTitle") };
}

const KEYS = [
  "label",
  "hint",
  "submit",
  "receiptInvalid",
  "unavailable",
  "forbidden",
  "absent",
  "found",
  "removed",
  "day",
  "position",
  "positionValue",
  "commitment",
  "dayRoot",
  "pathHeading",
  "pathHelp",
  "pathEmpty",
  "left",
  "right",
  "compare",
] as const;

export default async function VerifyPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("ledger.verify");
  const text: Record<string, string> = Object.fromEntries(KEYS.map((key) => [key, t.raw(key) as string]));
  return (
    <Container className="max-w-3xl py-12">
      <h1 className="text-3xl font-bold">{t("heading")}</h1>
      <p className="mt-4">{t("intro")}</p>
      <div className="mt-6">
        <VerifyReceiptForm action={verifyReceiptAction} ledgerUrl={LEDGER_URL} text={text} />
      </div>
      <section aria-labelledby="audit-heading" className="mt-10 space-y-3">
        <h2 id="audit-heading" className="text-2xl font-bold">
          {t("auditHeading")}
        </h2>
        <p>{t("auditBody")}</p>
        <ul className="list-disc pl-6">
          <li>
            <a href={LEDGER_URL} className="underline">
              /api/v1/petition/ledger
            </a>
          </li>
          <li>
            <code>npx tsx scripts/verify-ledger.ts https://…/api/v1/petition/ledger</code>
          </li>
        </ul>
        <p>{t("auditScheme")}</p>
      </section>
      <p className="mt-8">
        <Link href="/petition" className="underline">
          {t("back")}
        </Link>
      </p>
    </Container>
  );
}
