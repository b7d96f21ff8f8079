import "server-only";
import { revalidatePath } from "next/cache";

/**
 * Public pages are cached (ISR). After staff change published content, call this so
 * the next visitor gets fresh pages instead of waiting for the periodic refresh.
 *
 * Every public page in every locale is marked stale, not only the paths passed:
 * a detainee's status shows on the home page, the list, their profile, every
 * statement naming them and their share card, and listing them all at each call
 * site is how a page gets forgotten. The whole public site is a few dozen pages;
 * each is re-rendered once, on its next visit. See docs/decisions/003-caching.md,
 * including why this reaches only the instance it runs on.
 *
 * @param _changedPaths locale-free paths that changed ("/detainees/some-slug"); kept
 * so call sites say what they changed; everything public is refreshed regardless.
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- documents the call site's intent
export function revalidatePublicPages(_changedPaths: readonly string[] = []): void {
  revalidatePath("/", "layout");
}
