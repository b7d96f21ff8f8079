import type { MetadataRoute } from "next";
import { siteOrigin } from "@/lib/site/absolute-url";

// APP_URL is read at request time: the same build serves any deployment.
export const dynamic = "force-dynamic";

/** Staff pages and the JSON API are not for search engines; everything public is. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/admin", "/api"] },
    sitemap: `${siteOrigin()}/sitemap.xml`,
  };
}
