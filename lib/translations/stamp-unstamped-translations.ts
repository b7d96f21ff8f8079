import type { Prisma } from "@/lib/db/generated/client";
import { englishHash } from "./english-hash";
import type { TranslatableEntity } from "./stamp-translations";

type Tx = Prisma.TransactionClient;
type Row = { id: string; translations: unknown } & Record<string, unknown>;

/**
 * Stamps every stored translation that has no stamp yet with the English beside it
 * now, leaving existing stamps alone: run by the seed after it writes its texts, so
 * a seeded translation becomes stale once staff change its English. Running it again
 * changes nothing. (No `server-only`: the seed script runs outside Next.)
 */
export async function stampUnstampedTranslations(tx: Tx): Promise<number> {
  const where = { NOT: { translations: { equals: {} } } };
  const tables: [TranslatableEntity, string[], Row[]][] = [
    [
      "detainee",
      ["occupation", "bio", "placeOfDetention", "sentence"],
      await tx.detainee.findMany({
        where,
        select: { id: true, translations: true, occupation: true, bio: true, placeOfDetention: true, sentence: true },
      }),
    ],
    [
      "charge",
      ["description"],
      await tx.charge.findMany({ where, select: { id: true, translations: true, description: true } }),
    ],
    [
      "event",
      ["title", "description"],
      await tx.caseEvent.findMany({ where, select: { id: true, translations: true, title: true, description: true } }),
    ],
    [
      "statement",
      ["title", "summary", "body"],
      await tx.statement.findMany({
        where,
        select: { id: true, translations: true, title: true, summary: true, body: true },
      }),
    ],
    ["quote", ["text"], await tx.quote.findMany({ where, select: { id: true, translations: true, text: true } })],
    [
      "organisation",
      ["name", "shortName", "description"],
      await tx.organisation.findMany({
        where,
        select: { id: true, translations: true, name: true, shortName: true, description: true },
      }),
    ],
    [
      "case",
      ["title", "summary"],
      await tx.case.findMany({ where, select: { id: true, translations: true, title: true, summary: true } }),
    ],
    [
      "campaign",
      ["headline", "callToAction", "summary"],
      await tx.campaign.findMany({
        where,
        select: { id: true, translations: true, headline: true, callToAction: true, summary: true },
      }),
    ],
    [
      "petition",
      ["title", "body"],
      await tx.petition.findMany({ where, select: { id: true, translations: true, title: true, body: true } }),
    ],
  ];
  const data: Prisma.TranslationStampCreateManyInput[] = [];
  for (const [entity, fields, rows] of tables) {
    for (const row of rows) {
      const byLocale = (row.translations ?? {}) as Record<string, Record<string, unknown> | undefined>;
      for (const [locale, texts] of Object.entries(byLocale)) {
        for (const field of fields) {
          const text = texts?.[field];
          const english = row[field];
          if (typeof text !== "string" || !text.trim() || typeof english !== "string") continue;
          data.push({ entity, entityId: row.id, field, locale, englishHash: englishHash(english) });
        }
      }
    }
  }
  const created = await tx.translationStamp.createMany({ data, skipDuplicates: true });
  return created.count;
}
