import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { loadMessages } from "./load-messages";
import { locales } from "./routing";

// Plural messages are where translations break quietly: a Russian message with only
// `one` and `other` reads "21 профилей" or "5 профиля", and `one` also matches 21,
// 31... (so a sentence about exactly one person needs `=1`). Every plural message
// must define each plural category its language has (CLDR, via Intl.PluralRules:
// Russian one/few/many/other), compile, and format the numbers that pick each one.

type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }>; children?: Element[] };
// intl-messageformat's AST element types (TYPE in @formatjs/icu-messageformat-parser).
const ARGUMENT_TYPES = new Set([1, 2, 3, 4]);
const TAG = 8;
const NUMBERS = [0, 1, 2, 5, 21, 22, 25];

function flatten(value: unknown, prefix = ""): [string, string][] {
  if (typeof value === "string") return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    flatten(child, prefix ? `${prefix}.${key}` : key),
  );
}

function walk(elements: Element[], visit: (element: Element) => void) {
  for (const element of elements) {
    visit(element);
    for (const option of Object.values(element.options ?? {})) walk(option.value, visit);
    walk(element.children ?? [], visit);
  }
}

async function pluralMessages(locale: string) {
  // Only messages that use plural: next-intl shows argument-free text as it is, so
  // a literal "{ }" elsewhere (errors.nameHtml) is fine there and needs no parse.
  return flatten(await loadMessages(locale)).flatMap(([key, message]) => {
    if (!/\bplural\b/.test(message)) return [];
    const format = new IntlMessageFormat(message, locale);
    const plurals: Element[] = [];
    const values: Record<string, unknown> = {};
    walk(format.getAst() as Element[], (element) => {
      if (element.options && "pluralType" in element) plurals.push(element);
      else if (element.type === TAG) values[element.value!] = (chunks: unknown[]) => chunks.join("");
      else if (ARGUMENT_TYPES.has(element.type)) values[element.value!] = "X";
    });
    return plurals.length > 0 ? [{ key, message, format, plurals, values }] : [];
  });
}

describe("plural messages", () => {
  it("Russian has plural messages to check", async () => {
    expect((await pluralMessages("ru")).map((m) => m.key)).toEqual(
      expect.arrayContaining(["home.unnamed", "petition.count", "detainees.results"]),
    );
  });

  describe.each(locales)("%s", (locale) => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

    it(`define every plural category of the language (${categories.join("/")})`, async () => {
      for (const { key, plurals } of await pluralMessages(locale)) {
        for (const plural of plurals) {
          expect(Object.keys(plural.options!), `${locale}: ${key}`).toEqual(expect.arrayContaining(categories));
        }
      }
    });

    it(`format ${NUMBERS.join(", ")} with the number or an exact-match sentence`, async () => {
      for (const { key, format, plurals, values } of await pluralMessages(locale)) {
        for (const n of NUMBERS) {
          const all = Object.fromEntries(plurals.map((plural) => [plural.value!, n]));
          const text = String(format.format({ ...values, ...all }));
          const exact = plurals.some((plural) => `=${n}` in plural.options!);
          expect(text, `${locale}: ${key} for ${n}`).not.toMatch(/[{}#]/);
          // "#" became the number, unless an exact `=n` branch words it out.
          if (!exact) expect(text, `${locale}: ${key} for ${n}`).toContain(new Intl.NumberFormat(locale).format(n));
        }
      }
    });
  });

  it("Russian picks the grammatical form for each number", async () => {
    const messages = Object.fromEntries((await pluralMessages("ru")).map((m) => [m.key, m.format]));
    const count = (n: number) => String(messages["petition.count"]!.format({ count: n }));
    expect([1, 2, 5, 21, 22, 25].map(count)).toEqual([
      "1 подпись",
      "2 подписи",
      "5 подписей",
      "21 подпись",
      "22 подписи",
      "25 подписей",
    ]);
    const unnamed = (n: number) => String(messages["home.unnamed"]!.format({ count: n }));
    expect(unnamed(1)).toMatch(/его имя/);
    // `one` also covers 21: not "his name" for twenty-one people.
    expect(unnamed(21)).toMatch(/^Ещё 21 человек .*их имена/);
  });
});
