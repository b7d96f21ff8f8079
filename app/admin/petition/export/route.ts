import { recordAudit } from "@/lib/audit/record-audit";
import { checkFreshCode } from "@/lib/auth/check-fresh-code";
import { authoriseRouteRequest } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { exportConfirmedSignaturesCsv } from "@/lib/petition/export-confirmed-signatures-csv";

const noStore = { "Cache-Control": "no-store" };

/**
 * CSV of confirmed signatures for delivery: every signer's name, so admins only, from
 * our own site (a POST: a link in a phishing mail cannot start it), with a
 * second-factor code typed for this export. Every export is audited. There is no GET:
 * Next answers 405.
 */
export async function POST(request: Request) {
  const staff = await authoriseRouteRequest(request, { role: "ADMIN", stateChanging: true });
  if (staff instanceof Response) return staff;
  const form = await request.formData().catch(() => null);
  const petitionId = String(form?.get("petitionId") ?? "").slice(0, 100);
  const petition = await db.petition.findUnique({ where: { id: petitionId }, select: { id: true, slug: true } });
  if (!petition) return Response.json({ error: "No such petition." }, { status: 404, headers: noStore });
  const check = await checkFreshCode(staff, String(form?.get("code") ?? ""));
  if (check.status !== "ok") {
    // Back to the form, which shows the message next to the code field.
    const back = new URL(`/admin/petition?exportError=${check.status}#export`, request.url);
    return new Response(null, {
      status: 303,
      headers: { Location: back.pathname + back.search + back.hash, ...noStore },
    });
  }
  await db.$transaction((tx) =>
    recordAudit(tx, { actorId: staff.id, action: "export-signatures", entityType: "Petition", entityId: petition.id }),
  );
  const stream = await exportConfirmedSignaturesCsv(staff, { petitionId: petition.id });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${petition.slug}-signatures-${day}.csv"`,
      ...noStore,
    },
  });
}
