import "server-only";
import { db } from "@/lib/db/client";
import type { StaffGuard } from "./staff-guard";
import { signatureWhere, type SignatureFilter } from "./signature-filter";

/** How many signatures `invalidateSignatures` would invalidate with this filter. Show it before asking to confirm. */
export async function previewInvalidation(authorise: StaffGuard, filter: SignatureFilter): Promise<{ count: number }> {
  await authorise();
  return { count: await db.signature.count({ where: signatureWhere(filter) }) };
}
