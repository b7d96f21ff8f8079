import type { DetentionStatus } from "@/lib/db/generated/enums";

export const ALERT_KINDS = ["released", "sentenced", "transferred"] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

const BY_STATUS: Partial<Record<DetentionStatus, AlertKind>> = {
  RELEASED: "released",
  ACQUITTED: "released",
  CONVICTED_AWAITING_APPEAL: "sentenced",
  SERVING_SENTENCE: "sentenced",
};

type Facts = { status: DetentionStatus; placeOfDetention: string | null };

/**
 * Whether a save is news for signers: a release, a sentence, or (still held) a move to
 * another place of detention. Anything else (a typo fixed, a date confirmed) is not.
 */
export function alertKindForChange(before: Facts, after: Facts): AlertKind | null {
  if (after.status !== before.status) return BY_STATUS[after.status] ?? null;
  const held = !BY_STATUS[after.status] || BY_STATUS[after.status] === "sentenced";
  if (held && after.placeOfDetention && after.placeOfDetention !== before.placeOfDetention) return "transferred";
  return null;
}

/** The alert a profile's current status suggests, when staff open the alert page directly. */
export function alertKindForStatus(status: DetentionStatus): AlertKind {
  return BY_STATUS[status] ?? "transferred";
}
