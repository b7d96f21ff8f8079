import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { stampTranslations, type TranslatableEntity } from "./stamp-translations";
import type { TranslationEdit } from "./translation-input";

type Tx = Prisma.TransactionClient;
export type TranslationsJson = Record<string, Record<string, string>>;

/**
 * The translations JSON after a save, and the stamps in the same transaction: a
 * translation whose text changed (or that staff marked "still accurate") is stamped
 * with the English saved now; one removed loses its stamp; one left as it was keeps
 * its old stamp, so a change to the English alone makes it stale. Keys the form did
 * not edit (other fields, other languages) are kept.
 */
export async function applyTranslations(
  tx: Tx,
  target: { entity: TranslatableEntity; entityId: string },
  existing: unknown,
  english: Record<string, unknown>,
  edits: readonly TranslationEdit[],
): Promise<TranslationsJson> {
  const next = cloneTranslations(existing);
  const changes: Parameters<typeof stampTranslations>[2] = [];
  for (const edit of edits) {
    const before = next[edit.locale]?.[edit.field] ?? null;
    const text = edit.text?.trim() ? edit.text : null;
    const forLocale = (next[edit.locale] ??= {});
    if (text) forLocale[edit.field] = text;
    else delete forLocale[edit.field];
    const changed = (before?.trim() ?? null) !== (text?.trim() ?? null);
    if (changed || (edit.accurate && text)) {
      const source = english[edit.field];
      changes.push({
        field: edit.field,
        locale: edit.locale,
        english: typeof source === "string" ? source : null,
        translation: text,
      });
    }
  }
  for (const [locale, fields] of Object.entries(next)) if (Object.keys(fields).length === 0) delete next[locale];
  await stampTranslations(tx, target, changes);
  return next;
}

function cloneTranslations(value: unknown): TranslationsJson {
  const result: TranslationsJson = {};
  if (!value || typeof value !== "object") return result;
  for (const [locale, fields] of Object.entries(value as Record<string, unknown>)) {
    if (!fields || typeof fields !== "object") continue;
    const copy: Record<string, string> = {};
    for (const [field, text] of Object.entries(fields as Record<string, unknown>)) {
      if (typeof text === "string") copy[field] = text;
    }
    result[locale] = copy;
  }
  return result;
}
