import { getAdminActionTranslations } from "@/lib/i18n/admin-action-translations";
import { invalid, type ActionResult } from "./action-result";

/**
 * "Someone else saved this meanwhile": nothing was written. The form comes back with
 * the editor's own values, a list of each field where the saved value now differs
 * (both values shown), and the current version, so saving again is a deliberate choice.
 * Worded in the language staff chose (`adminCommon.conflicts`).
 */
export async function conflictResult(
  submitted: Record<string, string>,
  current: Record<string, string>,
  currentVersion: number,
  labels: Record<string, string>,
): Promise<ActionResult<never>> {
  const t = await getAdminActionTranslations("adminCommon.conflicts");
  const lines: string[] = [];
  for (const [field, saved] of Object.entries(current)) {
    const yours = submitted[field] ?? "";
    if (saved !== yours)
      lines.push(t("line", { field: labels[field] ?? field, saved: saved || t("empty"), yours: yours || t("empty") }));
  }
  return invalid(
    { _conflict: lines.length ? lines : [t("noFieldDiffers")] },
    { formError: t("formError"), values: { ...submitted, version: String(currentVersion) } },
  );
}
