import { CaseEventType, Certainty, DetentionStatus } from "@/lib/db/generated/enums";

// A translator for one namespace (next-intl's `useTranslations` or `getAdminTranslations`).
type Translate = (key: string) => string;

/** Status labels from the public `status` catalogue, so staff pick the words readers see. */
export const statusOptions = (status: Translate) =>
  Object.values(DetentionStatus).map((value) => ({ value, label: status(value) }));

/** The other dropdowns read `adminCommon`. */
export const certaintyOptions = (common: Translate) =>
  Object.values(Certainty).map((value) => ({ value, label: common(`certainty.${value}`) }));
export const eventTypeOptions = (common: Translate) =>
  Object.values(CaseEventType).map((value) => ({ value, label: common(`eventTypes.${value}`) }));
export const visibilityOptions = (common: Translate) =>
  (["PUBLIC", "HIDDEN"] as const).map((value) => ({ value, label: common(`visibility.${value}`) }));
