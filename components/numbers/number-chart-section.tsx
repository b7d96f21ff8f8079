import { Link } from "@/lib/i18n/navigation";
import type { NumberChart } from "@/lib/numbers/number-charts";

export type NumberChartTexts = {
  asOf: string;
  profiles: string;
  showProfiles: (label: string) => string;
  downloads: string;
  csv: string;
  svg: string;
  png: string;
};

/**
 * One chart of the numbers page: the figure (inline SVG, drawn on the server, no
 * script), the same numbers as a table whose rows link to the profiles behind them,
 * what the figures leave out, and the download links of its CSV and images.
 */
export function NumberChartSection({
  chart,
  svg,
  files,
  texts,
}: {
  chart: NumberChart;
  /** chartSvg's output: built from escaped text only. */
  svg: string;
  files: { csv: string; svg: string; png: string };
  texts: NumberChartTexts;
}) {
  const headingId = `chart-${chart.id}-heading`;
  return (
    <section aria-labelledby={headingId} className="numbers-chart mt-12" id={chart.id}>
      <h2 id={headingId} className="text-2xl font-bold tracking-tight text-stone-900">
        {chart.title}
      </h2>
      <p className="mt-1 text-sm text-stone-700">
        <time dateTime={chart.asOf}>{texts.asOf}</time>
      </p>
      <figure className="mt-4">
        <div
          className="overflow-x-auto rounded-lg border border-stone-200 bg-white [&>svg]:h-auto [&>svg]:max-w-full"
          dangerouslySetInnerHTML={{ __html: svg }}
        />
      </figure>
      <table className="mt-4 w-full max-w-3xl border-collapse text-left text-sm">
        <caption className="sr-only">
          {chart.title}, {texts.asOf}
        </caption>
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="py-1 pr-4 font-semibold">
              {chart.keyLabel}
            </th>
            {chart.series.map((s) => (
              <th key={s.key} scope="col" className="py-1 pr-4 text-right font-semibold">
                {s.label}
              </th>
            ))}
            <th scope="col" className="no-print py-1 font-semibold">
              {texts.profiles}
            </th>
          </tr>
        </thead>
        <tbody>
          {chart.rows.map((row) => (
            <tr key={row.key} className="border-b border-stone-200">
              <th scope="row" className="py-1 pr-4 font-normal">
                {row.label}
              </th>
              {chart.series.map((s) => (
                <td key={s.key} className="py-1 pr-4 text-right tabular-nums">
                  {row.values[s.key] ?? 0}
                </td>
              ))}
              <td className="no-print py-1">
                {row.profilesPath ? (
                  <Link href={row.profilesPath} className="underline" aria-label={texts.showProfiles(row.label)}>
                    {texts.profiles}
                  </Link>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {chart.notes.map((note) => (
        <p key={note} className="mt-3 max-w-3xl text-sm text-stone-700">
          {note}
        </p>
      ))}
      <p className="no-print mt-3 text-sm">
        <span className="font-semibold">{texts.downloads}:</span>{" "}
        <a href={files.csv} className="underline" download>
          {texts.csv}
        </a>
        {" · "}
        <a href={files.svg} className="underline">
          {texts.svg}
        </a>
        {" · "}
        <a href={files.png} className="underline">
          {texts.png}
        </a>
      </p>
    </section>
  );
}
