import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/config/env";
import { pgPool } from "@/lib/db/pg-pool";
import { metrics } from "@/lib/metrics/metrics";

export type MetricsRead =
  { status: "off" } | { status: "refused" } | { status: "ok"; text: string; contentType: string };

/** The exposition text, for a caller whose Authorization header carries METRICS_TOKEN. */
export async function readMetrics(authorization: string | null): Promise<MetricsRead> {
  const token = env().METRICS_TOKEN;
  if (!token) return { status: "off" };
  if (!sameSecret(authorization ?? "", `Bearer ${token}`)) return { status: "refused" };
  const { registry, outboxBacklog } = metrics();
  try {
    const { rows } = await pgPool().query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "EmailOutbox" WHERE "status" IN ('PENDING', 'SENDING')`,
    );
    outboxBacklog.set(rows[0]?.n ?? 0);
  } catch {
    // The database is away: NaN, not a stale or a zero backlog.
    outboxBacklog.set(Number.NaN);
  }
  return { status: "ok", text: await registry.metrics(), contentType: registry.contentType };
}

// Compares digests, so neither the length nor a prefix of the token leaks through timing.
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
