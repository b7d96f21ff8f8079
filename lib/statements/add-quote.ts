import "server-only";
import type { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import type { StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { quoteSchema } from "./admin-schemas";

export async function addQuote(staff: StaffSession, input: z.infer<typeof quoteSchema>) {
  return db.$transaction(async (tx) => {
    const statement = await tx.statement.findUnique({ where: { id: input.statementId }, select: { slug: true, status: true, _count: { select: { quotes: true } } } });
    if (!statement) return null;
    let speakerId = input.speakerId;
    if (!speakerId && input.newSpeakerName) {
      const existing = await tx.speaker.findFirst({ where: { name: input.newSpeakerName, organisationId: null }, select: { id: true } });
      speakerId =
        existing?.id ??
        (await tx.speaker.create({ data: { name: input.newSpeakerName, role: input.newSpeakerRole }, select: { id: true } })).id;
    }
    const quote = await tx.quote.create({
      data: { statementId: input.statementId, speakerId: speakerId!, text: input.text, position: statement._count.quotes },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: staff.id, action: "create", entityType: "Quote", entityId: quote.id, after: { text: input.text, speakerId } });
    return statement;
  });
}
