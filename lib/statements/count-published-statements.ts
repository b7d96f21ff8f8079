import "server-only";
import { db } from "@/lib/db/client";
import { publicStatementFilter } from "./public-statement-filter";

export async function countPublishedStatements() {
  return db.statement.count({ where: publicStatementFilter() });
}
