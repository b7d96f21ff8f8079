import statusLabels from "@/messages/en/status.json";
import { CaseEventType, Certainty, DetentionStatus, NameScript } from "@/lib/db/generated/enums";

const words = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, " ");

export const statusOptions = Object.values(DetentionStatus).map((value) => ({
  value,
  label: (statusLabels as Record<string, string>)[value] ?? words(value),
}));
export const certaintyOptions = Object.values(Certainty).map((value) => ({
  value,
  label: value === "KNOWN" ? "Known" : "Believed",
}));
export const scriptOptions = Object.values(NameScript).map((value) => ({ value, label: words(value) }));
export const eventTypeOptions = Object.values(CaseEventType).map((value) => ({ value, label: words(value) }));
export const visibilityOptions = [
  { value: "PUBLIC", label: "Public" },
  { value: "HIDDEN", label: "Hidden" },
];
export const DATE_HINT = "YYYY, YYYY-MM or YYYY-MM-DD: only as precise as the source.";
