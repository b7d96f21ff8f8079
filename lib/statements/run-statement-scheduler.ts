import "server-only";
import { refreshPagesFromBackground } from "@/lib/cache/refresh-pages-from-background";
import { db } from "@/lib/db/client";
import { publishDueStatements } from "./publish-due-statements";
import { publicStatementFilter } from "./public-statement-filter";

// What this instance last saw of the public statements with a release time. Per
// instance on purpose: each instance refreshes its own page cache when it changes,
// whichever instance published (with CACHE_STORE=postgres one refresh would do).
const state = globalThis as unknown as { statementReleasesSeen?: string };

async function releasesNow(now: Date): Promise<string> {
  const { _count, _max } = await db.statement.aggregate({
    where: { AND: [publicStatementFilter(now), { publishAt: { not: null } }] },
    _count: true,
    _max: { publishAt: true },
  });
  return `${_count}:${_max.publishAt?.getTime() ?? 0}`;
}

/**
 * The statement scheduler, run every few seconds by every instance
 * (lib/runtime/start-background-jobs.ts): publishes the statements whose release time
 * has come, then refreshes this instance's cached pages and feed if the set of released
 * statements changed, so they appear at their time, not at the next visit after it.
 * `now` and `refresh` are the tests' controls.
 */
export async function runStatementScheduler({
  now = new Date(),
  refresh = refreshPagesFromBackground,
}: { now?: Date; refresh?: () => Promise<void> } = {}): Promise<string[]> {
  state.statementReleasesSeen ??= await releasesNow(now);
  const published = await publishDueStatements(now);
  const seen = await releasesNow(now);
  if (seen !== state.statementReleasesSeen) {
    // Not marked seen until the refresh worked: the next run tries again.
    await refresh();
    state.statementReleasesSeen = seen;
  }
  return published;
}
