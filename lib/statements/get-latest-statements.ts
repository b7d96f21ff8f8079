import "server-only";
import { db } from "@/lib/db/client";
import { publicStatementFilter } from "./public-statement-filter";

export async function getLatestStatements(limit = 3) {
  return db.statement.findMany({
    where: publicStatementFilter(),
    orderBy: [{ publishedAt: "desc" }, { createdAt: "desc" }],
    take: limit,
    select: {
      slug: true,
      title: true,
      summary: true,
      translations: true,
      publishedAt: true,
      datePrecision: true,
      signatories: { select: { organisation: { select: { name: true, shortName: true } } } },
    },
  });
}

export type StatementSummary = Awaited<ReturnType<typeof getLatestStatements>>[number];
