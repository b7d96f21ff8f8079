import "server-only";
import type { Metadata } from "next";
import { locales, localePath, type Locale } from "@/lib/i18n/routing";
import { siteOrigin } from "./absolute-url";

const ogLocales: Record<Locale, string> = { en: "en_GB", az: "az_AZ", ru: "ru_RU" };

/**
 * Metadata every public page shares: canonical URL, hreflang alternates for each
 * locale (x-default is English), and OpenGraph/Twitter tags, so share previews
 * are server-rendered (share clients run no JavaScript).
 */
export function pageMetadata(input: {
  locale: Locale;
  path: string;
  title: string;
  description?: string;
  siteName: string;
  image?: { url: string; width: number; height: number; alt: string };
  type?: "website" | "article" | "profile";
}): Metadata {
  const languages: Record<string, string> = Object.fromEntries(locales.map((l) => [l, localePath(l, input.path)]));
  languages["x-default"] = localePath("en", input.path);
  const url = localePath(input.locale, input.path);
  const images = input.image ? [input.image] : undefined;
  return {
    metadataBase: new URL(siteOrigin()),
    title: input.title,
    description: input.description,
    alternates: { canonical: url, languages, types: { "application/atom+xml": localePath(input.locale, "/feed.xml") } },
    openGraph: {
      type: input.type === "profile" ? "profile" : input.type === "article" ? "article" : "website",
      url,
      title: input.title,
      description: input.description,
      siteName: input.siteName,
      locale: ogLocales[input.locale],
      alternateLocale: locales.filter((l) => l !== input.locale).map((l) => ogLocales[l]),
      images,
    },
    twitter: {
      card: images ? "summary_large_image" : "summary",
      title: input.title,
      description: input.description,
      images: images?.map((i) => ({ url: i.url, alt: i.alt })),
    },
  };
}
