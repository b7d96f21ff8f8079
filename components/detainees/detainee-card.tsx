import { getLocale, getTranslations } from "next-intl/server";
import { formatPartialDate, isoPartialDate } from "@/lib/dates/format-partial-date";
import { statusAsOf } from "@/lib/detainees/status-as-of";
import { Link } from "@/lib/i18n/navigation";
import type { DetaineeCardData } from "@/lib/detainees/get-published-detainees";
import { TranslatedText } from "@/components/ui/translated-text";
import type { Locale } from "@/lib/i18n/routing";
import { nameForLocale } from "@/lib/detainees/name-for-locale";
import { StatusBadge } from "./status-badge";
import { DaysInDetentionText } from "./days-in-detention-text";

export async function DetaineeCard({ detainee }: { detainee: DetaineeCardData }) {
  const locale = (await getLocale()) as Locale;
  const name = nameForLocale(detainee, locale);
  const t = await getTranslations("detaineeCard");
  const asOf = statusAsOf(detainee);
  const occupation = detainee.occupation ? (
    <TranslatedText
      value={detainee.occupation}
      translations={detainee.translations}
      field="occupation"
      locale={locale}
    />
  ) : null;
  return (
    <li className="flex flex-col rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      {detainee.photoPath ? (
        // eslint-disable-next-line @next/next/no-img-element -- local, already resized on upload
        <img
          src={detainee.photoPath}
          alt=""
          width={320}
          height={320}
          className="mb-3 aspect-square w-full rounded object-cover"
        />
      ) : (
        <div
          aria-hidden="true"
          className="mb-3 flex aspect-square w-full items-center justify-center rounded bg-stone-100 text-5xl font-bold text-stone-400"
        >
          {name.slice(0, 1)}
        </div>
      )}
      <h3 className="text-lg font-semibold">
        <Link href={`/detainees/${detainee.slug}`} className="underline-offset-2 hover:underline">
          {name}
        </Link>
      </h3>
      {occupation || detainee.affiliation ? (
        <p className="text-sm text-stone-700">
          {occupation}
          {occupation && detainee.affiliation ? " · " : null}
          {detainee.affiliation?.name}
        </p>
      ) : null}
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <StatusBadge status={detainee.status} />
        {asOf ? (
          <span className="text-sm text-stone-700">
            {t.rich("statusAsOf", {
              date: formatPartialDate(asOf.date, asOf.precision, locale),
              time: (chunks) => <time dateTime={isoPartialDate(asOf.date, asOf.precision)}>{chunks}</time>,
            })}
          </span>
        ) : null}
      </div>
      <p className="mt-2 text-sm text-stone-700">
        <DaysInDetentionText {...detainee} />
      </p>
    </li>
  );
}
