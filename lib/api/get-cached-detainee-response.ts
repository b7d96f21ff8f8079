import "server-only";
import { unstable_cache } from "next/cache";
import type { Locale } from "@/lib/i18n/routing";
import { getPublishedDetaineeBySlug } from "@/lib/detainees/get-published-detainee-by-slug";
import { publicDetaineeProfile } from "./public-detainee";

class NotPublished extends Error {}

/**
 * The single-profile API answer, kept in Next's data cache (the shared PostgreSQL cache
 * with CACHE_STORE=postgres) like the profile page is: building it is the site's largest
 * query, and a reader polling one profile would otherwise run it on every request.
 * Entries carry the route's implicit tags, so the `revalidatePath("/", "layout")` of a
 * staff save drops them at once, on every instance. A slug nobody publishes is not
 * cached (the lookup throws): made-up slugs cannot fill the cache.
 */
async function buildResponse(slug: string, lang: Locale) {
  const result = await getPublishedDetaineeBySlug(slug);
  if (!result) throw new NotPublished();
  if ("redirectTo" in result) return { redirectTo: result.redirectTo };
  return { data: publicDetaineeProfile(result.profile, lang) };
}

const cachedResponse = unstable_cache(buildResponse, ["api-v1-detainee-profile"], { revalidate: 60 });

export async function getCachedDetaineeResponse(slug: string, lang: Locale) {
  try {
    return await cachedResponse(slug, lang).catch((error: Error) => {
      // Outside a Next server (a test calling the handler directly) there is no cache to use.
      if (error.message.startsWith("Invariant: incrementalCache missing")) return buildResponse(slug, lang);
      throw error;
    });
  } catch (error) {
    if (error instanceof NotPublished) return null;
    throw error;
  }
}
