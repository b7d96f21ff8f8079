import "server-only";
import { NotFoundError } from "@/lib/actions/action-error";
import { recordAudit } from "@/lib/audit/record-audit";
import type { StaffContext } from "@/lib/actions/staff-action";
import type { NameScript } from "@/lib/db/generated/enums";
import { toSearchKey } from "./search-key";

export async function addDetaineeName(
  { staff, tx }: StaffContext,
  input: { detaineeId: string; name: string; script: NameScript; lang: string | null },
): Promise<{ status: "ok"; slug: string; published: boolean } | { status: "duplicate" }> {
  const detainee = await tx.detainee.findUnique({
    where: { id: input.detaineeId },
    select: { slug: true, published: true },
  });
  if (!detainee) throw new NotFoundError("profile");
  const existing = await tx.detaineeName.findUnique({
    where: { detaineeId_name: { detaineeId: input.detaineeId, name: input.name } },
    select: { id: true },
  });
  if (existing) return { status: "duplicate" } as const;
  const created = await tx.detaineeName.create({
    data: { ...input, searchKey: toSearchKey(input.name) },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: staff.id,
    action: "create",
    entityType: "DetaineeName",
    entityId: created.id,
    before: null,
    after: { ...input },
  });
  return { status: "ok", ...detainee } as const;
}
