import "server-only";
import { revalidatePath } from "next/cache";
import { revalidatePublicPages } from "./revalidate-public-pages";

export function revalidateStatement(slugs: (string | null)[]) {
  const paths = [...new Set(slugs.filter((s): s is string => Boolean(s)))].map((slug) => `/statements/${slug}`);
  revalidatePublicPages(["/statements", ...paths]);
  // Profiles list their related statements.
  revalidatePath("/[locale]/detainees/[slug]", "page");
  revalidatePath("/admin", "layout");
}
