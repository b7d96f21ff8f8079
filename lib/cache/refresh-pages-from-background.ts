import "server-only";
import { ownOrigin } from "@/lib/config/own-origin";
import { internalRefreshToken } from "./internal-refresh-token";

/**
 * refreshPublicPages for background jobs. Next's revalidatePath works only inside a
 * request (it throws "static generation store missing" elsewhere), so a job asks its
 * own server, by a POST to this instance with a per-process secret, to run it in a
 * route handler (app/api/internal/refresh-pages/route.ts).
 */
export async function refreshPagesFromBackground(): Promise<void> {
  const response = await fetch(new URL("/api/internal/refresh-pages", ownOrigin()), {
    method: "POST",
    headers: { "x-refresh-token": internalRefreshToken() },
    signal: AbortSignal.timeout(10_000),
  });
  if (response.status !== 204) throw new Error(`the page refresh answered ${response.status}`);
}
