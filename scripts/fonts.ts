/**
 * `npm run fonts`: writes components/ui/fonts/inter-*-subset.woff2, the faces every
 * page loads: Inter cut down to the characters of English, Azerbaijani and Russian
 * (lib/fonts/font-characters.ts) and to the weights the site uses (400-700). The
 * uncut faces were 151 KB on a page naming all three languages.
 * Rerun after upgrading @fontsource-variable/inter or adding characters; the committed
 * file is checked by lib/fonts/font-subset.test.ts.
 */
import fs from "node:fs";
import path from "node:path";
import subsetFont from "subset-font";
import { alphabets, contentCharacters } from "../lib/fonts/font-characters";

const root = path.resolve(import.meta.dirname, "..");
// Fontsource ships Inter split by script; each part keeps its own unicode-range in
// components/ui/fonts.ts, and each is cut down to the characters of that text it holds.
export const parts = ["latin", "latin-ext", "cyrillic"] as const;
const source = (part: string) =>
  path.join(root, `node_modules/@fontsource-variable/inter/files/inter-${part}-wght-normal.woff2`);
export const subsetPath = (part: string) => path.join(root, `components/ui/fonts/inter-${part}-subset.woff2`);

async function main() {
  const text = alphabets + contentCharacters(root);
  for (const part of parts) {
    const before = fs.statSync(source(part)).size;
    const out = await subsetFont(fs.readFileSync(source(part)), text, {
      targetFormat: "woff2",
      // The weights the site uses (font-normal to font-bold): a narrower axis, smaller deltas.
      variationAxes: { wght: { min: 400, max: 700, default: 400 } },
      // Kerning, ligatures, marks for accented letters, localised forms and tabular
      // figures (tabular-nums); Inter's stylistic sets and alternates go (-13%).
      keepFeatures: ["kern", "liga", "calt", "ccmp", "locl", "mark", "mkmk", "tnum"],
    });
    fs.mkdirSync(path.dirname(subsetPath(part)), { recursive: true });
    fs.writeFileSync(subsetPath(part), out);
    console.log(`[fonts] ${path.relative(root, subsetPath(part))}: ${before} -> ${out.length} bytes`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
