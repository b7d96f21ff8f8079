import { getTranslations } from "next-intl/server";
import type { ConsentRow } from "@/lib/petition/consent-for";
import { countryOptions } from "@/lib/petition/countries";
import { signPetitionAction } from "@/lib/petition/petition-actions";
import type { Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { SignForm, type SignFormText } from "./sign-form";

/** The sign form with its texts in the page's language (server side, so the client bundle carries no message files). */
export async function SignFormSection({
  locale,
  consent,
  idPrefix,
  partner,
}: {
  locale: Locale;
  consent: ConsentRow;
  idPrefix?: string;
  partner?: string;
}) {
  const t = await getTranslations("petition");
  const keys = <K extends string>(prefix: string, names: readonly K[]) =>
    Object.fromEntries(names.map((name) => [name, t(`${prefix}.${name}` as never)])) as Record<K, string>;
  const text: SignFormText = {
    ...keys("form", [
      "heading",
      "name",
      "nameHint",
      "email",
      "emailHint",
      "country",
      "countryPlaceholder",
      "showPublicly",
      "contactOptIn",
      "consentHeading",
      "submit",
      "honeypot",
      "requiredNote",
    ] as const),
    challengeWorking: t("result.challengeWorking"),
    results: keys("result", [
      "accepted",
      "honeypot",
      "consentChanged",
      "challenge",
      "rateLimited",
      "closed",
      "unavailable",
      "forbidden",
      "fixErrors",
    ] as const),
    errors: keys("errors", [
      "nameRequired",
      "nameTooLong",
      "nameControl",
      "nameHtml",
      "nameFormula",
      "nameUrl",
      "nameLetters",
      "emailRequired",
      "emailTooLong",
      "emailInvalid",
      "countryRequired",
      "countryInvalid",
      "consentChanged",
    ] as const),
  };
  return (
    <div id={idPrefix ?? "sign"}>
      <SignForm
        action={signPetitionAction}
        locale={locale}
        consentVersion={consent.version}
        consentLocale={consent.locale}
        consentText={consent.text}
        countries={countryOptions(locale)}
        text={text}
        idPrefix={idPrefix}
        partner={partner}
      />
      <p className="mt-4 text-sm">
        <Link href="/petition/my-signature" className="underline">
          {t("form.rightsLink")}
        </Link>
      </p>
    </div>
  );
}
