import { env } from "@/lib/config/env";

export const dynamic = "force-dynamic";

/** The framework's ceiling for bench/petition-sign.ts: a handler that does nothing. Off unless BENCH_ROUTES=1. */
export async function POST(request: Request) {
  if (env().BENCH_ROUTES !== "1") return new Response("Not found", { status: 404 });
  await request.text();
  return Response.json({ status: "accepted" }, { status: 202, headers: { "Cache-Control": "no-store" } });
}
