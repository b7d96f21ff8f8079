import path from "node:path";
import { env } from "@/lib/config/env";

/** Where the server keeps the latest mirror (DATA_DIR/mirror, as `npm run mirror` does). */
export function mirrorDir(): string {
  return path.resolve(env().DATA_DIR, "mirror");
}
