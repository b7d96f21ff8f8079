import { ActionError } from "@/lib/actions/action-error";
import { translationsBasis } from "./translations-basis";

export const TRANSLATIONS_CHANGED =
  "Someone else changed these translations while you were editing them. Nothing was saved. Reload the page to see theirs.";

/** Refuses (and rolls back) a translation save made over translations that changed since the form was loaded. */
export function assertTranslationsBasis(stored: unknown, basis: string): void {
  if (translationsBasis(stored) !== basis) throw new ActionError(TRANSLATIONS_CHANGED);
}
