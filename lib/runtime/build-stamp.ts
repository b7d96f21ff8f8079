import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const inputs = [
  "app",
  "components",
  "lib",
  "messages",
  "public",
  "next.config.js",
  "cache-handler.mjs",
  "proxy.ts",
  "instrumentation.ts",
  "package-lock.json",
  "tsconfig.json",
  "postcss.config.mjs",
];

function walk(entry: string, out: string[]) {
  if (!fs.existsSync(entry)) return;
  const stat = fs.statSync(entry);
  if (stat.isDirectory()) {
    for (const child of fs.readdirSync(entry).sort()) {
      if (child === "node_modules" || child === "uploads") continue;
      walk(path.join(entry, child), out);
    }
  } else {
    out.push(`${entry}:${stat.size}:${stat.mtimeMs}`);
  }
}

/** A fingerprint of everything `next build` reads, to skip rebuilding an unchanged tree. */
export function computeSourceStamp(root: string): string {
  const entries: string[] = [];
  for (const input of inputs) walk(path.join(root, input), entries);
  return crypto.createHash("sha256").update(entries.join("\n")).digest("hex");
}

// `distDir` is where `next build` wrote, relative to root: ".next", or the tests'
// ".next-test" (NEXT_DIST_DIR, which next.config.js reads).
const stampFile = (root: string, distDir: string) => path.join(root, distDir, "free-voices-source-stamp");

export function isBuildCurrent(root: string, distDir: string): boolean {
  const file = stampFile(root, distDir);
  return (
    fs.existsSync(path.join(root, distDir, "BUILD_ID")) &&
    fs.existsSync(file) &&
    fs.readFileSync(file, "utf8") === computeSourceStamp(root)
  );
}

export function recordBuild(root: string, distDir: string) {
  fs.writeFileSync(stampFile(root, distDir), computeSourceStamp(root));
}
