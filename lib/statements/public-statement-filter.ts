import type { Prisma } from "@/lib/db/generated/client";

/** A statement is public once published and past its embargo. One rule for every public surface. */
export function publicStatementFilter(now: Date = new Date()): Prisma.StatementWhereInput {
  return { status: "PUBLISHED", OR: [{ publishAt: null }, { publishAt: { lte: now } }] };
}
