import "server-only";
import { db } from "@/lib/db/client";
import { publicStatementFilter } from "./public-statement-filter";

export const statementSummarySelect = {
  slug: true,
  title: true,
  summary: true,
  kind: true,
  translations: true,
  publishedAt: true,
  datePrecision: true,
  updatedAt: true,
  signatories: { select: { organisation: { select: { name: true, shortName: true, slug: true } } } },
} as const;

/** Every public statement (published and past its embargo), newest first. */
export async function getPublishedStatements(options: { limit?: number; offset?: number } = {}) {
  return db.statement.findMany({
    where: publicStatementFilter(),
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
    take: options.limit,
    skip: options.offset,
    select: statementSummarySelect,
  });
}

export type PublishedStatementSummary = Awaited<ReturnType<typeof getPublishedStatements>>[number];
