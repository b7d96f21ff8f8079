import "server-only";
import type { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import type { StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { chargeSchema } from "./admin-schemas";

export async function addCharge(staff: StaffSession, input: z.infer<typeof chargeSchema>) {
  return db.$transaction(async (tx) => {
    const detainee = await tx.detainee.findUnique({ where: { id: input.detaineeId }, select: { slug: true, published: true } });
    if (!detainee) return null;
    const data = {
      detaineeId: input.detaineeId,
      description: input.description,
      article: input.article,
      code: input.code,
      addedOn: input.addedOn?.date ?? null,
      addedPrecision: input.addedOn?.precision ?? null,
      droppedOn: input.droppedOn?.date ?? null,
      droppedPrecision: input.droppedOn?.precision ?? null,
    };
    const charge = await tx.charge.create({ data, select: { id: true } });
    await recordAudit(tx, { actorId: staff.id, action: "create", entityType: "Charge", entityId: charge.id, before: null, after: data });
    return detainee;
  });
}
