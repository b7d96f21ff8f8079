import "server-only";
import sharp from "sharp";
import { publicTranslator } from "@/lib/i18n/public-translator";
import type { Locale } from "@/lib/i18n/routing";
import { counterSvg } from "./counter-image";
import { getPetitionCount } from "./get-petition-count";
import { getPublicPetition } from "./get-public-petition";

export type CounterFormat = "svg" | "png";

// Every partner page view asks for the image; browsers and proxies keep it for a
// minute (Cache-Control), and this keeps one rendering per language and format for
// a few seconds more on top, so a spike costs a handful of renders, not one each.
const MEMO_MS = 5_000;
const memo = new Map<string, { at: number; value: Promise<Buffer | null> }>();

/** The counter image in `locale`, or null when there is no public petition. */
export function renderCounter(locale: Locale, format: CounterFormat): Promise<Buffer | null> {
  const key = `${locale}:${format}`;
  const cached = memo.get(key);
  if (cached && Date.now() - cached.at < MEMO_MS) return cached.value;
  const value = render(locale, format);
  memo.set(key, { at: Date.now(), value });
  value.catch(() => memo.delete(key));
  return value;
}

async function render(locale: Locale, format: CounterFormat): Promise<Buffer | null> {
  const petition = await getPublicPetition();
  if (!petition || petition.status === "DRAFT") return null;
  const { total } = await getPetitionCount(petition.id);
  const t = await publicTranslator(locale, "petition");
  const svg = counterSvg(
    {
      label: t("counter.label"),
      count: t("count", { count: total }),
      goal: t("counter.goal", { goal: new Intl.NumberFormat(locale).format(petition.goal) }),
    },
    total / petition.goal,
  );
  if (format === "svg") return Buffer.from(svg);
  return sharp(Buffer.from(svg), { density: 144 }).png({ compressionLevel: 9 }).toBuffer();
}
