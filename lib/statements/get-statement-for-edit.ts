import "server-only";
import { assertStaff, type StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { isRouteParam } from "@/lib/validation/text-fields";

export async function getStatementForEdit(staff: StaffSession, id: string) {
  assertStaff(staff);
  if (!isRouteParam(id)) return null;
  return db.statement.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      slug: true,
      summary: true,
      body: true,
      kind: true,
      status: true,
      publishAt: true,
      translations: true,
      version: true,
      signatories: { select: { organisationId: true } },
      detainees: { select: { detaineeId: true } },
      quotes: {
        orderBy: { position: "asc" },
        select: { id: true, text: true, translations: true, speaker: { select: { name: true, role: true } } },
      },
    },
  });
}

export async function listStatementsForAdmin(staff: StaffSession) {
  assertStaff(staff);
  return db.statement.findMany({
    orderBy: [{ updatedAt: "desc" }],
    select: { id: true, title: true, status: true, publishAt: true, updatedAt: true },
  });
}

export async function getStatementChoices(staff: StaffSession) {
  assertStaff(staff);
  const [organisations, detainees, speakers] = await Promise.all([
    db.organisation.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.detainee.findMany({ orderBy: { displayName: "asc" }, select: { id: true, displayName: true } }),
    db.speaker.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, role: true } }),
  ]);
  return { organisations, detainees, speakers };
}
