/**
 * Search keys for people's names.
 *
 * The same person is written Məmmədov (Azerbaijani), Mammadov (English press),
 * Mamedov / Мамедов (Russian), and there is no single "correct" romanisation to
 * convert to. So instead of transliterating *to* one spelling, names and queries
 * are both folded to a deliberately lossy key in which those spellings coincide.
 * Recall matters more than precision here: a reader who cannot find a prisoner
 * is a worse failure than a short list with one extra name on it.
 *
 * Kept free of server-only imports: the seed script and unit tests use it too.
 *
 * A key is lowercase ASCII words ([a-z0-9]+) separated by single spaces, so it
 * can be matched in SQL with LIKE without escaping (see `searchKeyLikePatterns`).
 * Genuinely different surname forms (Mammadli vs Mammadov, Hasanov vs Huseynov)
 * are not merged by the key; they are recorded as name variants instead.
 */

/**
 * Letters that Unicode decomposition would get wrong or not touch at all. Applied
 * to lowercase text before the diacritics are stripped, because ş and ç must become
 * digraphs, not s and c, to meet English and Russian spellings.
 */
const LETTER_MAP: Readonly<Record<string, string>> = {
  // Azerbaijani Latin. ə is the vowel English renders as "a" (Məmmədov → Mammadov);
  // Russian usage renders it "e" (Мамедов), which the e→a fold below takes care of.
  ə: "a",
  ı: "i",
  ş: "sh",
  ç: "ch",
  ğ: "g",
  ö: "o",
  ü: "u",
  // Other letters Unicode does not decompose.
  ß: "ss",
  æ: "ae",
  ø: "o",
  đ: "d",
  ð: "d",
  ł: "l",
  þ: "th",
  œ: "oe",

  // Russian Cyrillic, close to the common English press romanisation
  // (х → kh, ж → zh, ы → y), which is what Latin sources for this region use.
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "e",
  ж: "zh",
  з: "z",
  и: "i",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
  // Azerbaijani Cyrillic (used until 1991; still in older documents).
  ә: "a",
  ғ: "g",
  һ: "h",
  ј: "y",
  ө: "o",
  ү: "u",
  ҹ: "j",
  ҝ: "g",
  ҕ: "g",
  // Ukrainian and Belarusian letters, for names from the wider region.
  і: "i",
  ї: "i",
  є: "e",
  ґ: "g",
  ў: "u",
};

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Folds a name (or a search query) into its search key.
 *
 * The phonetic folds, and why each one is needed:
 * - `dzh` → `j`: Russian Джафаров vs English Jafarov.
 * - `kh` → `x`: Azerbaijani writes x where English writes kh and Russian х
 *   (Axundov / Akhundov / Ахундов); x itself is left alone.
 * - `th` → `t`, `ph` → `f`: English spellings of names Russian writes with т/ф.
 * - `gh` → `g`: some romanisations write ğ as gh.
 * - a final `h` after a vowel is dropped: Rustamzadeh / Rustamzade.
 * - any other `h` (not in sh, ch, zh) → `g`: Russian has no h and writes г
 *   (Huseynov / Гусейнов / Guseynov, Hasanov / Гасанов).
 * - `q` → `g`: Azerbaijani q is rendered g in English (Qurbanlı / Gurbanli).
 * - `y` → `i`: Gurbanly / Gurbanli / Гурбанлы, Aliyev / Алиев, Uzeyir / Узеир.
 * - `e` → `a`: ə is spelled a in English and e in Russian (Məmmədov / Mamedov).
 * - `w` → `v`.
 * - any doubled letter is collapsed: Mammadov / Mamedov, Huseynov / Husseinov.
 */
export function toSearchKey(name: string): string {
  let s = name.toLowerCase().normalize("NFC");

  let mapped = "";
  for (const ch of s) {
    mapped += LETTER_MAP[ch] ?? ch;
  }
  s = mapped.normalize("NFD").replace(COMBINING_MARKS, "");

  // Apostrophes and similar marks sit inside names (O'Brien, Azerbaijani
  // transcriptions with ʼ): drop them rather than split the word.
  s = s.replace(/['’ʼ`´]/g, "");
  s = s.replace(/[^a-z0-9]+/g, " ");

  s = s
    .replace(/dzh/g, "j")
    .replace(/kh/g, "x")
    .replace(/th/g, "t")
    .replace(/ph/g, "f")
    .replace(/gh/g, "g")
    .replace(/([aeiouy])h\b/g, "$1")
    .replace(/(?<![scz])h/g, "g")
    .replace(/q/g, "g")
    .replace(/y/g, "i")
    .replace(/e/g, "a")
    .replace(/w/g, "v")
    .replace(/([a-z])\1+/g, "$1");

  return s.trim().replace(/ +/g, " ");
}

/** The words of a query's key, without duplicates; empty for a query with no letters. */
export function toSearchTokens(query: string): string[] {
  const key = toSearchKey(query);
  return key === "" ? [] : [...new Set(key.split(" "))];
}

/**
 * Whether a name's stored search key matches a free-text query: every word of
 * the query must be the beginning of some word of the name, in any order.
 * "mamed" finds "Uzeyir Mammadov", "rustam ilkin" finds "Ilkin Rustamzade".
 * Word prefixes rather than arbitrary substrings, so a two-letter query does
 * not match the middle of every name.
 */
export function searchKeysMatch(query: string, nameKey: string): boolean {
  const tokens = toSearchTokens(query);
  if (tokens.length === 0) return false;
  const words = nameKey.split(" ");
  return tokens.every((t) => words.some((w) => w.startsWith(t)));
}

/**
 * SQL LIKE patterns equivalent to `searchKeysMatch` for one query token: a row
 * matches the token when its searchKey is LIKE either pattern. Tokens are
 * [a-z0-9] only, so the patterns need no escaping.
 */
export function searchKeyLikePatterns(token: string): [string, string] {
  return [`${token}%`, `% ${token}%`];
}
