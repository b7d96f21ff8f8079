import path from "node:path";
import { env } from "@/lib/config/env";

/**
 * Uploaded files live outside the build (files added to public/ after `next build` are
 * not served), under DATA_DIR/uploads, and are served by app/media/[...path].
 */
export function uploadsDir(): string {
  return path.resolve(process.cwd(), env().DATA_DIR, "uploads");
}

const SEGMENT = /^[a-z0-9][a-z0-9-]{0,100}(\.(jpg|webp|png))?$/;

/** The absolute file for URL segments, or null when they could point anywhere else. */
export function resolveUploadPath(segments: string[]): string | null {
  if (segments.length === 0 || segments.length > 3 || !segments.every((s) => SEGMENT.test(s))) return null;
  const root = uploadsDir();
  const file = path.resolve(root, ...segments);
  return file.startsWith(root + path.sep) ? file : null;
}
