import type { z } from "zod";
import type { statementFieldsSchema } from "./admin-schemas";

export type StatementInput = z.infer<typeof statementFieldsSchema>;

export const statementLabels: Record<string, string> = {
  title: "Title",
  slug: "Slug",
  summary: "Summary",
  body: "Text",
  kind: "Kind",
  publication: "Publication",
  publishAt: "Publish at (UTC)",
};

/**
 * A scheduled (embargoed) statement is stored as SCHEDULED with its release time in
 * publishAt; the scheduler (lib/statements/run-statement-scheduler.ts) marks it
 * PUBLISHED at that time and refreshes the cached pages. The public filter also
 * compares publishAt with the clock, so a statement is never public early.
 */
export function statementColumns(input: StatementInput, now = new Date()) {
  const publishing = input.publication !== "DRAFT";
  return {
    title: input.title,
    slug: input.slug,
    summary: input.summary,
    body: input.body,
    kind: input.kind,
    status: !publishing
      ? ("DRAFT" as const)
      : input.publication === "SCHEDULED"
        ? ("SCHEDULED" as const)
        : ("PUBLISHED" as const),
    publishAt: publishing ? (input.publication === "SCHEDULED" ? input.publishAt : null) : input.publishAt,
    publishedAt: publishing ? (input.publication === "SCHEDULED" ? input.publishAt : now) : null,
  };
}

export function publicationOf(
  row: { status: string; publishAt: Date | null },
  now = new Date(),
): "DRAFT" | "SCHEDULED" | "PUBLISHED" {
  if (row.status === "DRAFT") return "DRAFT";
  if (row.status === "SCHEDULED") return "SCHEDULED";
  return row.publishAt && row.publishAt > now ? "SCHEDULED" : "PUBLISHED";
}

export function statementFormValues(row: {
  title: string;
  slug: string;
  summary: string | null;
  body: string;
  kind: string;
  status: string;
  publishAt: Date | null;
}): Record<string, string> {
  return {
    title: row.title,
    slug: row.slug,
    summary: row.summary ?? "",
    body: row.body,
    kind: row.kind,
    publication: publicationOf(row),
    publishAt: row.publishAt ? row.publishAt.toISOString().slice(0, 16) : "",
  };
}
