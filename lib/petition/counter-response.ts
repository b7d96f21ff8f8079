import "server-only";
import { z } from "zod";
import { apiBadRequest, apiNotFound } from "@/lib/api/api-response";
import { parseApiQuery } from "@/lib/api/api-query";
import { isLocale, locales, type Locale } from "@/lib/i18n/routing";
import { blank } from "@/lib/validation/text-fields";
import { renderCounter, type CounterFormat } from "./render-counter";

export const counterQuerySchema = z.object({
  lang: z.preprocess(blank, z.enum(locales, { error: `one of ${locales.join(", ")}` }).optional()),
});

const TYPES: Record<CounterFormat, string> = { svg: "image/svg+xml", png: "image/png" };

/**
 * GET /petition/counter.svg|png (and /az/..., /ru/...): the count and goal in the
 * path's language, or `?lang=`. Public and cacheable for a minute; it sets no cookie,
 * runs no script (an SVG shown through <img> cannot), and logs nothing about who asked.
 */
export async function counterResponse(request: Request, pathLocale: string, format: CounterFormat): Promise<Response> {
  if (!isLocale(pathLocale)) return apiNotFound("language");
  const query = parseApiQuery(counterQuerySchema, new URL(request.url).searchParams);
  if (query.status === "invalid") return apiBadRequest(query.fieldErrors);
  const locale: Locale = query.data.lang ?? pathLocale;
  const image = await renderCounter(locale, format);
  if (!image) return apiNotFound("petition");
  return new Response(new Uint8Array(image), {
    headers: {
      "Content-Type": TYPES[format],
      "Cache-Control": "public, max-age=60",
      // A partner's page loads it from our origin: let the browser show it there.
      "Cross-Origin-Resource-Policy": "cross-origin",
    },
  });
}
