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

const stampFile = (root: string) => path.join(root, ".next", "free-voices-source-stamp");

export function isBuildCurrent(root: string): boolean {
  const file = stampFile(root);
  return (
    fs.existsSync(path.join(root, ".next", "BUILD_ID")) &&
    fs.existsSync(file) &&
    fs.readFileSync(file, "utf8") === computeSourceStamp(root)
  );
}

export function recordBuild(root: string) {
  fs.writeFileSync(stampFile(root), computeSourceStamp(root));
}
