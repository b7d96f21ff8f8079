import { invalid, type ActionResult } from "./action-result";

/**
 * "Someone else saved this meanwhile": nothing was written. The form comes back with
 * the editor's own values, a list of each field where the saved value now differs
 * (both values shown), and the current version, so saving again is a deliberate choice.
 */
export function conflictResult(
  submitted: Record<string, string>,
  current: Record<string, string>,
  currentVersion: number,
  labels: Record<string, string>,
): ActionResult<never> {
  const lines: string[] = [];
  for (const [field, saved] of Object.entries(current)) {
    const yours = submitted[field] ?? "";
    if (saved !== yours)
      lines.push(`${labels[field] ?? field}: saved now “${saved || "(empty)"}”, yours “${yours || "(empty)"}”`);
  }
  return invalid(
    { _conflict: lines.length ? lines : ["No field differs, but the record was saved by someone else meanwhile."] },
    {
      formError:
        "Someone else saved this record while you were editing it. Nothing was saved. Compare the values below; save again to keep yours.",
      values: { ...submitted, version: String(currentVersion) },
    },
  );
}
