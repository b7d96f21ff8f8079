import "server-only";
import { purgeEndedSessions } from "@/lib/auth/purge-ended-sessions";
import { env } from "@/lib/config/env";
import { closeDatabasePools } from "@/lib/db/close-database-pools";
import { whenGroupCommitsIdle } from "@/lib/db/group-commit";
import { errorField, logger } from "@/lib/log/logger";
import { startOutboxWorker, stopOutboxWorker } from "@/lib/mail/outbox-worker";
import { runMirrorRebuild } from "@/lib/mirror/rebuild-mirror-job";
import { runPetitionMaintenance } from "@/lib/petition/run-petition-maintenance";
import { runTally } from "@/lib/petition/run-tally";
import { runStatementScheduler } from "@/lib/statements/run-statement-scheduler";
import { onShutdown } from "./lifecycle";

const globalForJobs = globalThis as unknown as { backgroundJobsStarted?: boolean };

/**
 * Jobs every app instance runs: the mail outbox, the petition tally, the privacy
 * schedule, the statement scheduler, session purging and the static mirror (kept per instance, see
 * rebuild-mirror-job.ts). Each shared job takes a database lock (SKIP LOCKED rows or an
 * advisory lock), so any number of instances can run them without doing the work twice, and none of them
 * depends on one instance being up. At shutdown (scripts/serve.ts, after the last
 * request was answered) the hooks below run from the last to the first.
 */
export function startBackgroundJobs() {
  if (globalForJobs.backgroundJobsStarted) return;
  globalForJobs.backgroundJobsStarted = true;
  onShutdown("database pools", closeDatabasePools);
  startOutboxWorker();
  const jobs = [
    every(env().PETITION_TALLY_SECONDS * 1000, runTally),
    every(3_600_000, runPetitionMaintenance, 30_000),
    // Embargoed statements go public at their time; the cached pages follow at once.
    every(2_000, runStatementScheduler, 2_000),
    every(3_600_000, purgeEndedSessions, 60_000),
    // The static mirror, rebuilt after published changes (debounced inside the job).
    every(15_000, runMirrorRebuild, 15_000),
  ];
  onShutdown("background jobs", () => Promise.all([stopOutboxWorker(), ...jobs.map((stop) => stop())]));
  onShutdown("signatures in flight", whenGroupCommitsIdle);
}

/** Runs `job` every `intervalMs`, never twice at once; returns a stop that waits for a run in progress. */
function every(intervalMs: number, job: () => Promise<unknown>, firstDelayMs = 1_000): () => Promise<void> {
  let running: Promise<void> | undefined;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = job()
      .then(
        () => {},
        (error: unknown) => logger().error({ job: job.name, err: errorField(error) }, "background job failed"),
      )
      .finally(() => (running = undefined));
  };
  const first = setTimeout(tick, firstDelayMs).unref();
  const timer = setInterval(tick, intervalMs).unref();
  return async () => {
    stopped = true;
    clearTimeout(first);
    clearInterval(timer);
    await running;
  };
}
