import { getTranslations } from "next-intl/server";
import { PartialDate } from "@/components/ui/partial-date";
import type { DetaineeProfile } from "@/lib/detainees/get-published-detainee-by-slug";

type Claim = DetaineeProfile["claims"][number];

/** A fact the sources disagree on: every claim side by side with its source, none picked. */
export async function DisputedFact({ claims, locale }: { claims: Claim[]; locale: string }) {
  const t = await getTranslations("detainee");
  return (
    <div className="rounded border border-amber-700 bg-amber-50 p-3" data-disputed="">
      <p className="font-semibold text-amber-900">{t("disputed")}</p>
      <ul className="mt-2 grid gap-3 sm:grid-cols-2">
        {claims.map((claim) => (
          <li key={claim.id} className="rounded border border-stone-300 bg-white p-2">
            <p className="font-medium">
              {claim.valueDate && claim.datePrecision ? (
                <PartialDate date={claim.valueDate} precision={claim.datePrecision} locale={locale} />
              ) : (
                claim.value
              )}
            </p>
            <p className="text-sm text-stone-700">
              {claim.source ? (
                <>
                  {t("claimSource")}{" "}
                  <a href={`#source-${claim.source.id}`} className="underline">
                    {claim.source.publisher}: {claim.source.title}
                  </a>
                </>
              ) : (
                <>
                  {t("claimSource")} {t("otherSources")}
                </>
              )}
            </p>
            {claim.note ? <p className="text-sm text-stone-700">{claim.note}</p> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
