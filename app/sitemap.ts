import type { MetadataRoute } from "next";
import { getSitemapEntries } from "@/lib/site/get-sitemap-entries";

// Built per request, not at build time: the build has no database, and a profile
// published a moment ago belongs in the next crawl.
export const dynamic = "force-dynamic";

export default function sitemap(): Promise<MetadataRoute.Sitemap> {
  return getSitemapEntries();
}
