import { describe, expect, it } from "vitest";
import { loadMessages } from "./load-messages";
import { locales } from "./routing";

function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

describe("translations", () => {
  it.each(locales.filter((l) => l !== "en"))("%s has every English message and no extra ones", async (locale) => {
    const english = keyPaths(await loadMessages("en")).sort();
    const translated = keyPaths(await loadMessages(locale)).sort();
    expect(translated).toEqual(english);
  });
});
