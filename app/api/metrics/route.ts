import { readMetrics } from "@/lib/ops/read-metrics";

export const dynamic = "force-dynamic";

/** Prometheus metrics of this instance, for a scraper holding METRICS_TOKEN (off without it). */
export async function GET(request: Request) {
  const result = await readMetrics(request.headers.get("authorization"));
  const headers = { "Cache-Control": "no-store" };
  if (result.status === "off") return new Response("Not found", { status: 404, headers });
  if (result.status === "refused") {
    return new Response("Unauthorized", { status: 401, headers: { ...headers, "WWW-Authenticate": "Bearer" } });
  }
  return new Response(result.text, { headers: { ...headers, "Content-Type": result.contentType } });
}
