import "server-only";
import { NotFoundError } from "@/lib/actions/action-error";
import type { StaffContext } from "@/lib/actions/staff-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { hasNewSource, type SourceChoice } from "@/lib/detainees/facts-schemas";

/** The id of the chosen source: an existing one (checked) or one created here, audited, in the same transaction. */
export async function resolveSourceChoice({ staff, tx }: StaffContext, choice: SourceChoice): Promise<string | null> {
  if (choice.sourceId) {
    const source = await tx.source.findUnique({ where: { id: choice.sourceId }, select: { id: true } });
    if (!source) throw new NotFoundError("source");
    return source.id;
  }
  if (!hasNewSource(choice)) return null;
  const data = {
    publisher: choice.newSourcePublisher!,
    title: choice.newSourceTitle!,
    url: choice.newSourceUrl,
    archiveUrl: choice.newSourceArchiveUrl,
    publishedOn: choice.newSourceDate?.date ?? null,
    datePrecision: choice.newSourceDate?.precision ?? null,
  };
  const created = await tx.source.create({ data, select: { id: true } });
  await recordAudit(tx, {
    actorId: staff.id,
    action: "create",
    entityType: "Source",
    entityId: created.id,
    after: { ...data },
  });
  return created.id;
}
