import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { findPartnerByCode } from "@/lib/partners/find-partner-by-code";
import { EMBED_OUTCOMES, type EmbedOutcome } from "@/lib/partners/embed-outcome";
import { getPublicPetition } from "@/lib/petition/get-public-petition";
import type { Locale } from "@/lib/i18n/routing";
import { PetitionPageBody } from "@/components/petition/petition-page-body";

// Where a partner's embedded form lands after posting to /api/v1/petition/sign: the
// outcome on top of our petition page (whose form, with our own checks, is the way on
// when the embedded one could not be accepted). No signer data in the address.
export const revalidate = 10;

export function generateStaticParams() {
  return [];
}

type Params = { locale: Locale; code: string; outcome: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "petition" });
  return { title: t("metaTitle"), robots: { index: false } };
}

const MESSAGE: Record<EmbedOutcome, { key: string; tone: "ok" | "problem" }> = {
  sent: { key: "result.accepted", tone: "ok" },
  fix: { key: "embed.fix", tone: "problem" },
  consent: { key: "result.consentChanged", tone: "problem" },
  closed: { key: "result.closed", tone: "problem" },
  unavailable: { key: "result.unavailable", tone: "problem" },
};

export default async function EmbedOutcomePage({ params }: { params: Promise<Params> }) {
  const { locale, code, outcome } = await params;
  if (!(EMBED_OUTCOMES as readonly string[]).includes(outcome)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("petition");
  const petition = await getPublicPetition();
  if (!petition || petition.status === "DRAFT") notFound();
  const partner = await findPartnerByCode(code);
  const message = MESSAGE[outcome as EmbedOutcome];
  return (
    <PetitionPageBody
      locale={locale}
      petition={petition}
      partner={partner}
      notice={{ text: t(message.key as never), tone: message.tone }}
      showForm={outcome !== "sent"}
    />
  );
}
