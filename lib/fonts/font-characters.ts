import fs from "node:fs";
import path from "node:path";

/**
 * The characters the site's one font face must draw: the alphabets of its three
 * languages (so names staff type later are covered too, not only today's content), the
 * punctuation they use, and every character of the interface texts and the seed.
 */
export const alphabets = [
  // Printable ASCII.
  Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join(""),
  // Latin-1 letters and signs (names in other European languages, ©, °, ×); not the
  // invisible soft hyphen.
  Array.from({ length: 96 }, (_, i) => String.fromCharCode(0xa0 + i))
    .filter((c) => c !== "\u00ad")
    .join(""),
  // Azerbaijani letters beyond Latin-1, and Turkish ones often met in the same names.
  "ƏəĞğİıŞşÇçÖöÜüŁłŃńŘřŠšŽžČčĆćĐđ",
  // Russian (Azerbaijani is written in Latin letters since 1991).
  "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяЈј",
  // Typography: quotes, dashes, ellipsis, bullets, numero, the euro, minus.
  "‘’‚“”„«»‹›–—…•·№€′″↑↓−×÷",
].join("");

/** Every character used by messages/** and the seed, for the coverage test. */
export function contentCharacters(root: string): string {
  const files = [...listFiles(path.join(root, "messages"), ".json"), path.join(root, "prisma/seed.ts")];
  const seen = new Set<string>();
  for (const file of files) {
    for (const char of fs.readFileSync(file, "utf8")) {
      if (char.codePointAt(0)! >= 0x20) seen.add(char);
    }
  }
  return [...seen].sort().join("");
}

function listFiles(dir: string, ext: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ext))
    .map((entry) => path.join(entry.parentPath, entry.name));
}
