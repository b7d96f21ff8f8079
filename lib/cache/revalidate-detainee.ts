import "server-only";
import { revalidatePath } from "next/cache";
import { revalidatePublicPages } from "./revalidate-public-pages";

/** After a change to a profile: its page (old address too), the list, the home page, and the admin pages. */
export function revalidateDetainee(slugs: string[]) {
  revalidatePublicPages(["/detainees", ...[...new Set(slugs)].map((slug) => `/detainees/${slug}`)]);
  revalidatePath("/admin", "layout");
}
