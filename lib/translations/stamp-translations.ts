import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { englishHash } from "./english-hash";

type Tx = Prisma.TransactionClient;
export type TranslatableEntity =
  "detainee" | "charge" | "event" | "statement" | "quote" | "organisation" | "case" | "campaign" | "petition";

/**
 * Call in the transaction that saves a record's translations. For every field and
 * locale whose translation was written or changed in this save (or that staff marked
 * "still accurate"), records which English it was made from; a translation removed in
 * this save loses its stamp. The translation queue compares stamps with the English of
 * today: a different hash means the translation is stale.
 */
export async function stampTranslations(
  tx: Tx,
  target: { entity: TranslatableEntity; entityId: string },
  changes: Array<{ field: string; locale: string; english: string | null; translation: string | null }>,
): Promise<void> {
  for (const change of changes) {
    const key = { entity: target.entity, entityId: target.entityId, field: change.field, locale: change.locale };
    if (!change.translation?.trim()) {
      await tx.translationStamp.deleteMany({ where: key });
      continue;
    }
    const hash = englishHash(change.english);
    await tx.translationStamp.upsert({
      where: { entity_entityId_field_locale: key },
      create: { ...key, englishHash: hash },
      update: { englishHash: hash, translatedAt: new Date() },
    });
  }
}
