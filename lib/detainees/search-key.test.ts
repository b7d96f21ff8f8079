import { describe, it, expect } from "vitest";
import { searchKeyLikePatterns, searchKeysMatch, toSearchKey, toSearchTokens } from "./search-key";

/** Spellings of one name that must fold to the same key. */
const SAME_PERSON: Record<string, string[]> = {
  Mammadov: ["Mammadov", "Məmmədov", "Mamedov", "Мамедов", "MAMMADOV", "Mammedov"],
  Mammadova: ["Mammadova", "Məmmədova", "Мамедова"],
  Huseynov: ["Huseynov", "Hüseynov", "Guseynov", "Гусейнов", "Huseinov", "Husseynov"],
  Akhundov: ["Akhundov", "Axundov", "Ахундов"],
  Gurbanli: ["Gurbanli", "Gurbanly", "Гурбанлы", "Qurbanlı", "QURBANLI"],
  Rustamzade: ["Rustamzade", "Rustamzadeh", "Rüstəmzadə", "Рустамзаде"],
  Rashadat: ["Rashadat", "Rəşadət", "Рашадат"],
  Uzeyir: ["Uzeyir", "Üzeyir", "Узеир", "Uzeir"],
  Ilkin: ["Ilkin", "İlkin", "Илькин"],
  Zaur: ["Zaur", "Заур"],
  Rashad: ["Rashad", "Rəşad", "Рашад"],
};

describe("toSearchKey", () => {
  for (const [label, spellings] of Object.entries(SAME_PERSON)) {
    it(`folds every spelling of ${label} to one key`, () => {
      const keys = new Set(spellings.map(toSearchKey));
      expect([...keys]).toHaveLength(1);
    });
  }

  it("folds the full names of the five detainees across scripts", () => {
    const pairs: [string, string][] = [
      ["Rashadat Akhundov", "Рашадат Ахундов"],
      ["Rashadat Akhundov", "Rəşadət Axundov"],
      ["Uzeyir Mammadov", "Узеир Мамедов"],
      ["Uzeyir Mammadov", "Üzeyir Məmmədov"],
      ["Rashad Huseynov", "Рашад Гусейнов"],
      ["Rashad Huseynov", "Rəşad Hüseynov"],
      ["Zaur Gurbanli", "Заур Гурбанлы"],
      ["Zaur Gurbanli", "Zaur Gurbanly"],
      ["Ilkin Rustamzade", "Илькин Рустамзаде"],
      ["Ilkin Rustamzade", "Ilkin Rustamzadeh"],
    ];
    for (const [a, b] of pairs) {
      expect(toSearchKey(b), `${a} / ${b}`).toBe(toSearchKey(a));
    }
  });

  it("keeps different names apart", () => {
    const different: [string, string][] = [
      ["Akhundov", "Huseynov"],
      ["Rashad", "Rashadat"],
      ["Mammadov", "Mammadli"], // a different surname form: found through its alias
      ["Huseynov", "Hasanov"], // another source's name for the same man: alias again
      ["Gurbanli", "Gurbanov"],
      ["Zaur", "Uzeyir"],
      ["Ilkin", "Ilgar"],
    ];
    for (const [a, b] of different) {
      expect(toSearchKey(a), `${a} / ${b}`).not.toBe(toSearchKey(b));
    }
  });

  it("produces lowercase ASCII words separated by single spaces", () => {
    const key = toSearchKey("  Rəşad   HÜSEYNOV-Oğlu, (N!DA) ");
    expect(key).toMatch(/^[a-z0-9]+( [a-z0-9]+)*$/);
    expect(key.split(" ")).toHaveLength(5);
  });

  it("joins words across apostrophes instead of splitting them", () => {
    expect(toSearchKey("O'Brien")).toBe(toSearchKey("OBrien"));
  });

  it("returns an empty key for input without letters or digits", () => {
    expect(toSearchKey("")).toBe("");
    expect(toSearchKey(" -!- ")).toBe("");
  });

  it("is idempotent, so stored keys can be re-folded safely", () => {
    for (const spellings of Object.values(SAME_PERSON)) {
      for (const s of spellings) {
        const key = toSearchKey(s);
        expect(toSearchKey(key)).toBe(key);
      }
    }
  });
});

describe("searchKeysMatch", () => {
  const mammadov = toSearchKey("Uzeyir Mammadov");
  const rustamzade = toSearchKey("Ilkin Rustamzade");
  const huseynov = toSearchKey("Rashad Huseynov");

  it("matches any spelling of the surname alone", () => {
    for (const q of ["Mammadov", "Məmmədov", "Мамедов", "mamedov"]) {
      expect(searchKeysMatch(q, mammadov), q).toBe(true);
    }
  });

  it("matches word prefixes, in any order", () => {
    expect(searchKeysMatch("mamed", mammadov)).toBe(true);
    expect(searchKeysMatch("Мамедов Узеир", mammadov)).toBe(true);
    expect(searchKeysMatch("rustam ilk", rustamzade)).toBe(true);
    expect(searchKeysMatch("Гусей", huseynov)).toBe(true);
  });

  it("finds a feminine Russian form's masculine prefix but not the reverse", () => {
    const mammadova = toSearchKey("Mammadova");
    expect(searchKeysMatch("Мамедов", mammadova)).toBe(true);
    expect(searchKeysMatch("Мамедова", mammadov)).toBe(false);
  });

  it("needs every word of the query", () => {
    expect(searchKeysMatch("Uzeyir Huseynov", mammadov)).toBe(false);
    expect(searchKeysMatch("Akhundov", huseynov)).toBe(false);
  });

  it("does not match inside a word", () => {
    expect(searchKeysMatch("zade", rustamzade)).toBe(false);
  });

  it("matches nothing for an empty query", () => {
    expect(searchKeysMatch("", mammadov)).toBe(false);
    expect(searchKeysMatch("  ", mammadov)).toBe(false);
  });
});

describe("toSearchTokens and searchKeyLikePatterns", () => {
  it("splits a query into distinct folded words", () => {
    expect(toSearchTokens("Mammadov Мамедов  Uzeyir")).toEqual([toSearchKey("Mammadov"), toSearchKey("Uzeyir")]);
    expect(toSearchTokens("!!")).toEqual([]);
  });

  it("gives LIKE patterns for a word start", () => {
    expect(searchKeyLikePatterns("mam")).toEqual(["mam%", "% mam%"]);
  });
});
