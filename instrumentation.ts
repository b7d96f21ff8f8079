// Runs once when a server instance starts: bad configuration stops it here with a
// readable message instead of failing on the first request that needs it; then the
// background jobs (mail outbox, petition tally, privacy schedule) start.
export async function register() {
  // Next sets NEXT_RUNTIME and inlines this literal read per bundle, which keeps the
  // Node-only imports below out of the edge bundle: it cannot go through env().
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkEnv } = await import("@/lib/config/env");
  checkEnv();
  const { startBackgroundJobs } = await import("@/lib/runtime/start-background-jobs");
  startBackgroundJobs();
}
