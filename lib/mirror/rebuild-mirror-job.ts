import "server-only";
import { env } from "@/lib/config/env";
import { logger } from "@/lib/log/logger";
import { buildMirror } from "./build-mirror";
import { mirrorDir } from "./mirror-dir";

// In this instance's memory on purpose: a missed request only delays the copy until
// the next change or restart, and each instance keeps its own copy in its DATA_DIR.
const state = globalThis as unknown as { mirrorRequestedAt?: number | null };
// A server that starts makes a first copy (debounced like any change).
state.mirrorRequestedAt ??= Date.now();

/** Marks the mirror stale; refreshPublicPages calls it after every published change. */
export function requestMirrorRebuild(now = Date.now()): void {
  state.mirrorRequestedAt = now;
}

/**
 * The background job: rebuilds the mirror once no change has come for
 * MIRROR_DEBOUNCE_SECONDS, so a burst of edits makes one copy, not one per save.
 * It crawls the public site at APP_URL, which only ever serves published content.
 */
export async function runMirrorRebuild(now = Date.now()): Promise<boolean> {
  const requestedAt = state.mirrorRequestedAt;
  if (requestedAt == null || now - requestedAt < env().MIRROR_DEBOUNCE_SECONDS * 1000) return false;
  state.mirrorRequestedAt = null;
  try {
    await buildMirror({
      origin: env().APP_URL,
      liveUrl: env().APP_URL,
      onionUrl: env().ONION_LOCATION,
      outDir: mirrorDir(),
      log: (message) => logger().info({ job: "mirror" }, message),
    });
  } catch (error) {
    // Try again on the next tick rather than keep a stale copy silently.
    state.mirrorRequestedAt ??= requestedAt;
    throw error;
  }
  return true;
}
