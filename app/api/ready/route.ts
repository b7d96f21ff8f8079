import { checkReadiness } from "@/lib/ops/check-readiness";

export const dynamic = "force-dynamic";

/** Readiness for a load balancer: 200 when this instance should get traffic, else 503 and why. */
export async function GET() {
  const readiness = await checkReadiness();
  return Response.json(readiness, {
    status: readiness.status === "ready" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
