import "server-only";
import { createTranslator } from "next-intl";
import { loadMessages } from "@/lib/i18n/load-messages";
import { translatedField } from "@/lib/i18n/translated-field";
import type { Locale } from "@/lib/i18n/routing";
import { siteOrigin } from "@/lib/site/absolute-url";
import { numberChartIds, type NumberChartId } from "./number-chart-ids";
import type { CampaignNumbers } from "./compute-campaign-numbers";

export type NumberChartRow = {
  /** Machine-readable key: a status, a month (YYYY-MM), an organisation slug, a bucket. */
  key: string;
  label: string;
  values: Record<string, number>;
  /** Locale-free path of the profiles behind the row, when the list can filter for them. */
  profilesPath: string | null;
};

/** One chart as every format shows it: the page's table and figure, the CSV, the images, the JSON. */
export type NumberChart = {
  id: NumberChartId;
  title: string;
  /** Heading of the first column (what the rows are). */
  keyLabel: string;
  series: { key: string; label: string }[];
  rows: NumberChartRow[];
  /** What the figures leave out, and why. */
  notes: string[];
  /** The source line drawn into the images: site, address, date. */
  source: string;
  asOf: string;
  /** The date as the reader's language writes it. */
  asOfText: string;
  /** "As of <date>", drawn under the title. */
  asOfLine: string;
};

type Translate = (key: string, values?: Record<string, string | number>) => string;

async function numbersTranslator(locale: Locale): Promise<Translate> {
  // createTranslator rather than getTranslations: the same texts in pages, route handlers
  // and tests. The catalogues are read at run time, so keys are checked by the key-parity test.
  return createTranslator({ locale, messages: await loadMessages(locale), timeZone: "UTC" }) as unknown as Translate;
}

const query = (params: Record<string, string>) => `/detainees?${new URLSearchParams(params).toString()}`;

/** Every chart of the numbers page in `locale`, in page order. */
export async function describeNumberCharts(numbers: CampaignNumbers, locale: Locale): Promise<NumberChart[]> {
  const t = await numbersTranslator(locale);
  const asOfText = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${numbers.asOf}T00:00:00Z`),
  );
  const source = t("numbers.source", { site: t("site.name"), url: siteOrigin(), date: asOfText });
  const people = [{ key: "count", label: t("numbers.people") }];
  const notRecorded = t("numbers.notRecorded");
  const monthFormat = new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", timeZone: "UTC" });
  const common = { source, asOf: numbers.asOf, asOfText, asOfLine: t("numbers.asOf", { date: asOfText }) };

  const charts: Record<NumberChartId, Omit<NumberChart, keyof typeof common>> = {
    status: {
      id: "status",
      title: t("numbers.status.title"),
      keyLabel: t("numbers.status.key"),
      series: people,
      rows: numbers.status.map((s) => ({
        key: s.status,
        label: t(`status.${s.status}`),
        values: { count: s.count },
        profilesPath: query({ status: s.status }),
      })),
      notes: [],
    },
    monthly: {
      id: "monthly",
      title: t("numbers.monthly.title"),
      keyLabel: t("numbers.monthly.key"),
      series: [
        { key: "arrests", label: t("numbers.monthly.arrests") },
        { key: "releases", label: t("numbers.monthly.releases") },
      ],
      rows: numbers.monthly.map((m) => ({
        key: m.month,
        label: monthFormat.format(new Date(`${m.month}-01T00:00:00Z`)),
        values: { arrests: m.arrests, releases: m.releases },
        // The list filters by year of arrest: the closest set of profiles behind a month.
        profilesPath: m.arrests > 0 ? query({ year: m.month.slice(0, 4) }) : null,
      })),
      notes:
        numbers.monthUnknown.arrests + numbers.monthUnknown.releases > 0
          ? [t("numbers.monthly.unknown", numbers.monthUnknown)]
          : [],
    },
    affiliation: {
      id: "affiliation",
      title: t("numbers.affiliation.title"),
      keyLabel: t("numbers.affiliation.key"),
      series: people,
      rows: numbers.affiliation.map((a) => ({
        key: a.slug ?? "",
        label: a.name === null ? notRecorded : translatedField(a.name, a.translations, "name", locale).value,
        values: { count: a.count },
        profilesPath: a.slug === null ? null : query({ affiliation: a.slug }),
      })),
      notes: [],
    },
    occupation: {
      id: "occupation",
      title: t("numbers.occupation.title"),
      keyLabel: t("numbers.occupation.key"),
      series: people,
      rows: numbers.occupation.map((o) => ({
        key: o.occupation ?? "",
        label:
          o.occupation === null
            ? notRecorded
            : translatedField(o.occupation, o.translations, "occupation", locale).value,
        values: { count: o.count },
        profilesPath: o.occupation === null ? null : query({ occupation: o.occupation }),
      })),
      notes: [],
    },
    detention: {
      id: "detention",
      title: t("numbers.detention.title"),
      keyLabel: t("numbers.detention.key"),
      series: people,
      rows: numbers.detention.map((d) => ({
        key: d.bucket,
        label: t(`numbers.detention.buckets.${d.bucket}`),
        values: { count: d.count },
        profilesPath: null,
      })),
      notes: [t("numbers.detention.leftOut", numbers.detentionLeftOut)],
    },
  };
  return numberChartIds.map((id) => ({ ...charts[id], ...common }));
}

/** One chart in `locale`. */
export async function describeNumberChart(
  numbers: CampaignNumbers,
  id: NumberChartId,
  locale: Locale,
): Promise<NumberChart> {
  return (await describeNumberCharts(numbers, locale)).find((chart) => chart.id === id)!;
}

/** What an empty chart says (a time axis with no dated arrest or release yet). */
export async function numbersEmptyText(locale: Locale): Promise<string> {
  return (await numbersTranslator(locale))("numbers.empty");
}
