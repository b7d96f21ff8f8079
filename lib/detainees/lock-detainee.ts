import "server-only";
import type { Tx } from "@/lib/actions/staff-action";
import { NotFoundError } from "@/lib/actions/action-error";

/**
 * Locks a profile's row until the transaction ends, so that two saves of its names or
 * facts run one after the other (e.g. two editors making different names primary for
 * the same language cannot both win).
 */
export async function lockDetainee(tx: Tx, id: string): Promise<{ slug: string; published: boolean }> {
  const rows = await tx.$queryRaw<{ slug: string; published: boolean }[]>`
    SELECT "slug", "published" FROM "Detainee" WHERE "id" = ${id} FOR UPDATE`;
  const row = rows[0];
  if (!row) throw new NotFoundError("profile");
  return row;
}
