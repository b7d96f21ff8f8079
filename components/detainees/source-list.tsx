import { PartialDate } from "@/components/ui/partial-date";

type Source = {
  id: string;
  publisher: string;
  title: string;
  url: string | null;
  archiveUrl?: string | null;
  publishedOn: Date | null;
  datePrecision: "DAY" | "MONTH" | "YEAR" | null;
};

export function SourceList({
  sources,
  locale,
  supports,
  archivedCopyLabel = "archived copy",
}: {
  /** "archived copy" in the reader's language. */
  archivedCopyLabel?: string;
  sources: Source[];
  locale: string;
  /** What each source backs, already worded for the reader, by source id. */
  supports?: Map<string, string>;
}) {
  return (
    <ol className="list-decimal space-y-2 pl-6">
      {sources.map((source) => (
        <li key={source.id} id={`source-${source.id}`}>
          {source.url ? (
            <a href={source.url} rel="noopener noreferrer" className="underline">
              {source.title}
            </a>
          ) : (
            <span>{source.title}</span>
          )}
          {" — "}
          {source.publisher}
          {source.publishedOn && source.datePrecision ? (
            <>
              {", "}
              <PartialDate date={source.publishedOn} precision={source.datePrecision} locale={locale} />
            </>
          ) : null}
          {source.archiveUrl ? (
            <>
              {" · "}
              <a href={source.archiveUrl} rel="noopener noreferrer" className="underline">
                {archivedCopyLabel}
              </a>
            </>
          ) : null}
          {supports?.get(source.id) ? (
            <span className="block text-sm text-stone-700">{supports.get(source.id)}</span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
