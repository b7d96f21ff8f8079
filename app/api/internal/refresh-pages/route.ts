import { refreshPublicPages } from "@/lib/cache/refresh-public-pages";
import { isInternalRefreshToken } from "@/lib/cache/internal-refresh-token";

// Called by this server's own background jobs (lib/cache/refresh-pages-from-background.ts).
// Anyone else gets a 404, as for a path that does not exist.
export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  if (!isInternalRefreshToken(request.headers.get("x-refresh-token"))) return new Response(null, { status: 404 });
  refreshPublicPages();
  return new Response(null, { status: 204 });
}
