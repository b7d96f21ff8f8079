import "server-only";
import { db } from "@/lib/db/client";
import { assertStaff, type StaffSession } from "@/lib/auth/session";
import { signatureWhere, type SignatureFilter } from "./signature-filter";

/** How many signatures `invalidateSignatures` would invalidate with this filter. Show it before asking to confirm. */
export async function previewInvalidation(staff: StaffSession, filter: SignatureFilter): Promise<{ count: number }> {
  assertStaff(staff);
  return { count: await db.signature.count({ where: signatureWhere(filter) }) };
}
