import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { DetentionStatus } from "@/lib/db/generated/enums";

const freeStatuses: DetentionStatus[] = ["RELEASED", "ACQUITTED"];

export async function StatusBadge({ status }: { status: DetentionStatus }) {
  const t = await getTranslations("status");
  return <Badge tone={freeStatuses.includes(status) ? "success" : "danger"}>{t(status)}</Badge>;
}
