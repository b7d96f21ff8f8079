import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { NameScript } from "@/lib/db/generated/enums";
import { toSearchKey } from "./search-key";

export async function addDetaineeName(
  staff: StaffSession,
  input: { detaineeId: string; name: string; script: NameScript; lang: string | null },
): Promise<{ status: "ok"; slug: string; published: boolean } | { status: "duplicate" } | { status: "not-found" }> {
  return db.$transaction(async (tx) => {
    const detainee = await tx.detainee.findUnique({ where: { id: input.detaineeId }, select: { slug: true, published: true } });
    if (!detainee) return { status: "not-found" } as const;
    const existing = await tx.detaineeName.findUnique({
      where: { detaineeId_name: { detaineeId: input.detaineeId, name: input.name } },
      select: { id: true },
    });
    if (existing) return { status: "duplicate" } as const;
    const created = await tx.detaineeName.create({
      data: { ...input, searchKey: toSearchKey(input.name) },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: staff.id, action: "create", entityType: "DetaineeName", entityId: created.id, before: null, after: { ...input } });
    return { status: "ok", ...detainee } as const;
  });
}
