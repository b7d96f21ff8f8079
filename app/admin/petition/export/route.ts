import { recordAudit } from "@/lib/audit/record-audit";
import { authoriseRouteRequest } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { exportConfirmedSignaturesCsv } from "@/lib/petition/export-confirmed-signatures-csv";

/** CSV of confirmed signatures for delivery. Every export is audited: it is personal data leaving the system. */
export async function GET(request: Request) {
  const staff = await authoriseRouteRequest(request);
  if (staff instanceof Response) return staff;
  const petitionId = new URL(request.url).searchParams.get("petitionId") ?? "";
  const petition = await db.petition.findUnique({ where: { id: petitionId }, select: { id: true, slug: true } });
  if (!petition)
    return Response.json({ error: "No such petition." }, { status: 404, headers: { "Cache-Control": "no-store" } });
  await db.$transaction((tx) =>
    recordAudit(tx, { actorId: staff.id, action: "export-signatures", entityType: "Petition", entityId: petition.id }),
  );
  const stream = await exportConfirmedSignaturesCsv(staff, { petitionId: petition.id });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${petition.slug}-signatures-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
