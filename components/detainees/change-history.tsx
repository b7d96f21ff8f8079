import { getTranslations } from "next-intl/server";
import { formatPartialDate } from "@/lib/dates/format-partial-date";
import type { PublicHistoryEntry } from "@/lib/history/get-public-history";
import { partialDateToDate, type PublicValue } from "@/lib/history/public-value";
import type { Locale } from "@/lib/i18n/routing";

/** A profile's public changes, newest first: what was, what is, why (the editors' note) and on what source. */
export async function ChangeHistory({ changes, locale }: { changes: PublicHistoryEntry[]; locale: Locale }) {
  const t = await getTranslations("history");
  const status = await getTranslations("status");
  const date = (iso: string, precision: "DAY" | "MONTH" | "YEAR") =>
    formatPartialDate(partialDateToDate(iso), precision, locale);

  const isItem = (value: PublicValue | null) => value?.type === "event" || value?.type === "charge";
  // No value before: a new item (event, charge) or a fact not recorded until now; none
  // after: an item removed, or a fact cleared.
  const missing = (other: PublicValue | null, side: "before" | "after") => (
    <span className="text-stone-700">
      {isItem(other) ? (side === "before" ? "—" : t("removed")) : t("notRecorded")}
    </span>
  );

  function Value({ value }: { value: PublicValue }) {
    switch (value.type) {
      case "status":
        return <span>{status(value.status)}</span>;
      case "date":
        return <time dateTime={value.date}>{date(value.date, value.precision)}</time>;
      case "text":
        return <span className="whitespace-pre-line">{value.text}</span>;
      case "event":
        return (
          <span>
            <time dateTime={value.date}>{date(value.date, value.precision)}</time>: {value.title}
            {value.description ? <span className="block text-sm text-stone-700">{value.description}</span> : null}
          </span>
        );
      case "charge":
        return (
          <span>
            {value.text}
            {value.dropped ? ` (${t("dropped", { date: date(value.dropped.date, value.dropped.precision) })})` : null}
          </span>
        );
    }
  }

  if (changes.length === 0) return <p className="mt-6 rounded border border-stone-300 bg-white p-4">{t("empty")}</p>;
  return (
    <ol className="mt-6 space-y-4">
      {changes.map((change) => (
        <li key={change.id} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
          <h2 className="flex flex-wrap items-center gap-2 text-lg font-semibold">
            {t.has(`field.${change.field}`) ? t(`field.${change.field}`) : change.field}
            <span
              className={
                change.kind === "CORRECTION"
                  ? "rounded bg-amber-100 px-2 py-0.5 text-sm font-semibold text-amber-950"
                  : "rounded bg-stone-100 px-2 py-0.5 text-sm font-medium text-stone-800"
              }
            >
              {t(`kind.${change.kind}`)}
            </span>
          </h2>
          <p className="text-sm text-stone-700">
            {t.rich("changedOn", {
              date: formatPartialDate(change.changedAt, "DAY", locale),
              time: (chunks) => <time dateTime={change.changedAt.toISOString()}>{chunks}</time>,
            })}
          </p>
          <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
            <dt className="font-medium">{t("before")}</dt>
            <dd>{change.from ? <Value value={change.from} /> : missing(change.to, "before")}</dd>
            <dt className="font-medium">{t("after")}</dt>
            <dd>{change.to ? <Value value={change.to} /> : missing(change.from, "after")}</dd>
            {change.note ? (
              <>
                <dt className="font-medium">{t("note")}</dt>
                <dd className="whitespace-pre-line">{change.note}</dd>
              </>
            ) : null}
            {change.source ? (
              <>
                <dt className="font-medium">{t("source")}</dt>
                <dd>
                  {change.source.url ? (
                    <a href={change.source.url} rel="noopener noreferrer" className="underline">
                      {change.source.title}
                    </a>
                  ) : (
                    change.source.title
                  )}
                  {" — "}
                  {change.source.publisher}
                </dd>
              </>
            ) : null}
          </dl>
        </li>
      ))}
    </ol>
  );
}
