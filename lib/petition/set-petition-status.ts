import "server-only";
import { db } from "@/lib/db/client";
import type { StaffGuard } from "./staff-guard";

/** Opens or closes a petition. Closing starts the anonymisation clock (`closedAt`). */
export async function setPetitionStatus(authorise: StaffGuard, input: { petitionId: string; status: "OPEN" | "CLOSED" }) {
  await authorise();
  const now = new Date();
  return db.petition.update({
    where: { id: input.petitionId },
    data:
      input.status === "OPEN"
        ? { status: "OPEN", closedAt: null, opensAt: now }
        : { status: "CLOSED", closedAt: now },
    select: { id: true, status: true, opensAt: true, closedAt: true },
  });
}
