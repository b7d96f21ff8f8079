import "server-only";
import { NotFoundError } from "@/lib/actions/action-error";
import { recordAudit } from "@/lib/audit/record-audit";
import type { StaffContext } from "@/lib/actions/staff-action";
import { applyTranslations } from "@/lib/translations/apply-translations";
import { translationEdits } from "@/lib/translations/translation-input";
import { STATEMENT_TRANSLATED } from "./admin-schemas";
import { statementColumns, statementFormValues, type StatementInput } from "./statement-edit-fields";

export type SaveStatementResult =
  | { status: "ok"; id: string; slug: string; previousSlug: string | null; publicChange: boolean }
  | { status: "conflict"; current: Record<string, string>; version: number }
  | { status: "slug-taken" };

const select = {
  id: true,
  title: true,
  slug: true,
  summary: true,
  body: true,
  kind: true,
  status: true,
  publishAt: true,
  publishedAt: true,
  translations: true,
  version: true,
} as const;

function slugify(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 80) || "organisation"
  );
}

/** Create (no `existing`) or update over the version the editor loaded; links are replaced as a whole. */
export async function saveStatement(
  { staff, tx }: StaffContext,
  input: StatementInput,
  existing?: { id: string; version: number },
): Promise<SaveStatementResult> {
  const before = existing ? await tx.statement.findUnique({ where: { id: existing.id }, select }) : null;
  if (existing && !before) throw new NotFoundError("statement");
  const clash = await tx.statement.findFirst({
    where: { slug: input.slug, ...(existing ? { NOT: { id: existing.id } } : {}) },
    select: { id: true },
  });
  if (clash) return { status: "slug-taken" } as const;

  const columns = statementColumns(input);
  // Re-saving a published statement keeps its original publication date.
  if (
    before &&
    before.status === "PUBLISHED" &&
    columns.status === "PUBLISHED" &&
    input.publication === "PUBLISHED" &&
    before.publishedAt
  ) {
    columns.publishedAt = before.publishedAt <= new Date() ? before.publishedAt : columns.publishedAt;
  }
  const organisationIds = [...input.organisationIds];
  if (input.newOrganisationName) {
    const base = slugify(input.newOrganisationName);
    const taken = await tx.organisation.findUnique({ where: { slug: base }, select: { id: true } });
    const organisation = await tx.organisation.create({
      data: { name: input.newOrganisationName, slug: taken ? `${base}-${Date.now().toString(36)}` : base },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: staff.id,
      action: "create",
      entityType: "Organisation",
      entityId: organisation.id,
      after: { name: input.newOrganisationName },
    });
    organisationIds.push(organisation.id);
  }

  let id: string;
  if (before && existing) {
    const updated = await tx.statement.updateMany({
      where: { id: existing.id, version: existing.version },
      data: { ...columns, version: { increment: 1 } },
    });
    if (updated.count === 0)
      return { status: "conflict", current: statementFormValues(before), version: before.version } as const;
    id = existing.id;
    await tx.statementSignatory.deleteMany({ where: { statementId: id } });
    await tx.statementDetainee.deleteMany({ where: { statementId: id } });
  } else {
    id = (await tx.statement.create({ data: columns, select: { id: true } })).id;
  }
  const translations = await applyTranslations(
    tx,
    { entity: "statement", entityId: id },
    before?.translations ?? {},
    columns,
    translationEdits(input, Object.keys(STATEMENT_TRANSLATED)),
  );
  await tx.statement.update({ where: { id }, data: { translations }, select: { id: true } });
  await tx.statementSignatory.createMany({
    data: [...new Set(organisationIds)].map((organisationId) => ({ statementId: id, organisationId })),
  });
  await tx.statementDetainee.createMany({
    data: [...new Set(input.detaineeIds)].map((detaineeId) => ({ statementId: id, detaineeId })),
  });
  await recordAudit(tx, {
    actorId: staff.id,
    action: before ? "update" : "create",
    entityType: "Statement",
    entityId: id,
    before: before ? { ...before } : null,
    after: {
      ...columns,
      translations,
      organisationIds: [...new Set(organisationIds)].sort(),
      detaineeIds: [...new Set(input.detaineeIds)].sort(),
    },
  });
  return {
    status: "ok",
    id,
    slug: columns.slug,
    previousSlug: before?.slug ?? null,
    publicChange: before?.status === "PUBLISHED" || columns.status === "PUBLISHED",
  } as const;
}
