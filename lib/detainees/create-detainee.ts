import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { StaffContext } from "@/lib/actions/staff-action";
import { detaineeColumns, type DetaineeInput } from "./detainee-edit-fields";
import { applyTranslations } from "@/lib/translations/apply-translations";
import { translationEdits } from "@/lib/translations/translation-input";
import { DETAINEE_TRANSLATED } from "./admin-schemas";
import { toSearchKey } from "./search-key";

export async function createDetainee(
  { staff, tx }: StaffContext,
  input: DetaineeInput,
): Promise<{ status: "ok"; id: string } | { status: "slug-taken" }> {
  const columns = detaineeColumns(input);
  const taken =
    (await tx.detainee.findUnique({ where: { slug: columns.slug }, select: { id: true } })) ??
    (await tx.detaineeSlug.findUnique({ where: { slug: columns.slug }, select: { slug: true } }));
  if (taken) return { status: "slug-taken" } as const;
  const created = await tx.detainee.create({
    data: {
      ...columns,
      names: {
        create: {
          name: columns.displayName,
          script: "LATIN",
          lang: "en",
          isPrimary: true,
          searchKey: toSearchKey(columns.displayName),
        },
      },
    },
    select: { id: true },
  });
  const translations = await applyTranslations(
    tx,
    { entity: "detainee", entityId: created.id },
    {},
    columns,
    translationEdits(input, Object.keys(DETAINEE_TRANSLATED)),
  );
  await tx.detainee.update({ where: { id: created.id }, data: { translations }, select: { id: true } });
  await recordAudit(tx, {
    actorId: staff.id,
    action: "create",
    entityType: "Detainee",
    entityId: created.id,
    before: null,
    after: { ...columns, translations },
  });
  return { status: "ok", id: created.id } as const;
}
