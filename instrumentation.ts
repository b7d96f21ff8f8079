// Runs once when a server instance starts: bad configuration stops it here with a
// readable message instead of failing on the first request that needs it; then the
// background jobs (mail outbox, petition tally, privacy schedule) start.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/config/env");
  env();
  const { startBackgroundJobs } = await import("@/lib/runtime/start-background-jobs");
  startBackgroundJobs();
}
