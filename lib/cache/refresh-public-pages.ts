import "server-only";
import { revalidatePath } from "next/cache";
import { requestMirrorRebuild } from "@/lib/mirror/rebuild-mirror-job";

/**
 * Public pages are cached (ISR). After staff change anything, call this so the next
 * visitor gets fresh pages instead of waiting for the periodic refresh.
 *
 * It marks every page of the site stale, in every locale, on purpose: a detainee's
 * status shows on the home page, the list, their profile, every statement naming them
 * and their share card, and a hand-kept list of which page shows what is how one gets
 * forgotten. It costs nothing for unpublished records either, so callers never branch
 * on `published`. The whole public site is a few dozen pages; each is re-rendered once,
 * on its next visit. Admin pages are rendered per request anyway. See
 * docs/decisions/003-caching.md, including why this reaches only the instance it runs on.
 */
export function refreshPublicPages(): void {
  revalidatePath("/", "layout");
  // The downloadable static mirror follows, debounced (lib/mirror/rebuild-mirror-job.ts).
  requestMirrorRebuild();
}
