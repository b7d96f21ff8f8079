import "server-only";
import { purgeEndedSessions } from "@/lib/auth/purge-ended-sessions";
import { env } from "@/lib/config/env";
import { startOutboxWorker } from "@/lib/mail/outbox-worker";
import { runPetitionMaintenance } from "@/lib/petition/run-petition-maintenance";
import { runTally } from "@/lib/petition/run-tally";

const globalForJobs = globalThis as unknown as { backgroundJobsStarted?: boolean };

/**
 * Jobs every app instance runs: the mail outbox, the petition tally and the privacy
 * schedule. Each takes a database lock (SKIP LOCKED rows or an advisory lock), so any
 * number of instances can run them without doing the work twice, and none of them
 * depends on one instance being up.
 */
export function startBackgroundJobs() {
  if (globalForJobs.backgroundJobsStarted) return;
  globalForJobs.backgroundJobsStarted = true;
  startOutboxWorker();
  every(env().PETITION_TALLY_SECONDS * 1000, runTally);
  every(3_600_000, runPetitionMaintenance, 30_000);
  every(3_600_000, purgeEndedSessions, 60_000);
}

function every(intervalMs: number, job: () => Promise<unknown>, firstDelayMs = 1_000) {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await job();
    } catch (error) {
      console.error(`[jobs] ${job.name} failed: ${error instanceof Error ? error.message : error}`);
    } finally {
      running = false;
    }
  };
  setTimeout(tick, firstDelayMs).unref();
  setInterval(tick, intervalMs).unref();
}
