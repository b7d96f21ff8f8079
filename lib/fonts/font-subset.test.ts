import fs from "node:fs";
import path from "node:path";
import fontverter from "fontverter";
import { Blob, Face } from "harfbuzzjs";
import { describe, expect, it } from "vitest";
import { alphabets, contentCharacters } from "./font-characters";

const root = path.resolve(import.meta.dirname, "../..");
const parts = ["latin", "latin-ext", "cyrillic"];

async function covered(): Promise<Set<number>> {
  const codes = new Set<number>();
  for (const part of parts) {
    const woff2 = fs.readFileSync(path.join(root, `components/ui/fonts/inter-${part}-subset.woff2`));
    const face = new Face(new Blob(await fontverter.convert(woff2, "sfnt")));
    for (const code of face.collectUnicodes()) codes.add(code);
  }
  return codes;
}

// A character missing from the committed faces is drawn in a fallback font, visibly
// different mid-word (an "ə" in another typeface): rerun `npm run fonts`.
describe("the committed font subsets", () => {
  it("draw every character of the interface texts, the seed and the three alphabets", async () => {
    const codes = await covered();
    const needed = [...new Set(alphabets + contentCharacters(root))].filter((c) => !/\s/.test(c));
    const missing = needed.filter((char) => !codes.has(char.codePointAt(0)!));
    expect(missing.map((c) => `${c} U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`)).toEqual([]);
  });
});
