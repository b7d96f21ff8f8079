import fs from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/config/env";

/**
 * Messages live in one file per namespace (messages/<locale>/<namespace>.json) so
 * features add their own files instead of editing a shared one.
 */
const cache = new Map<string, Promise<Record<string, unknown>>>();

export function loadMessages(locale: string): Promise<Record<string, unknown>> {
  let messages = cache.get(locale);
  if (!messages) {
    messages = readMessages(locale);
    // Development edits should show up without a restart.
    if (env().NODE_ENV === "production") cache.set(locale, messages);
  }
  return messages;
}

async function readMessages(locale: string): Promise<Record<string, unknown>> {
  const dir = path.join(process.cwd(), "messages", locale);
  const files = (await fs.readdir(dir)).filter((file) => file.endsWith(".json"));
  const entries = await Promise.all(
    files.map(
      async (file) =>
        [path.basename(file, ".json"), JSON.parse(await fs.readFile(path.join(dir, file), "utf8"))] as const,
    ),
  );
  return Object.fromEntries(entries);
}
