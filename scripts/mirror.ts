/**
 * `npm run mirror`: a static copy of the public site that anyone can host when the
 * site is blocked (README: "A mirror anyone can host"). Crawls the running app and
 * writes DATA_DIR/mirror/latest/site/ and DATA_DIR/mirror/latest/free-voices-mirror.zip.
 *   --from <url>   the running app to copy (default: APP_URL, else http://localhost:3000)
 *   --out <dir>    where to write (default: DATA_DIR/mirror)
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { config as loadDotenv } from "dotenv";
import { buildMirror } from "../lib/mirror/build-mirror";

const root = path.resolve(import.meta.dirname, "..");
loadDotenv({ path: path.join(root, ".env"), quiet: true });

const { values } = parseArgs({ options: { from: { type: "string" }, out: { type: "string" } } });
const liveUrl = process.env.APP_URL ?? "http://localhost:3000";
const outDir = path.resolve(root, values.out ?? path.join(process.env.DATA_DIR ?? ".data", "mirror"));

buildMirror({
  origin: values.from ?? liveUrl,
  liveUrl,
  onionUrl: process.env.ONION_LOCATION || undefined,
  outDir,
  log: (message) => console.log(`[mirror] ${message}`),
})
  .then((result) => console.log(`[mirror] wrote ${result.dir} and ${result.zip}`))
  .catch((error: Error) => {
    console.error(`[mirror] ${error.message}`);
    process.exit(1);
  });
