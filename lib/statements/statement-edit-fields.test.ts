import { describe, expect, it } from "vitest";
import { publicationOf, statementColumns, type StatementInput } from "./statement-edit-fields";
import { publicStatementFilter } from "./public-statement-filter";
import { statementFieldsSchema } from "./admin-schemas";

const base: StatementInput = statementFieldsSchema.parse({
  title: "T",
  slug: "t",
  summary: "",
  body: "Body",
  kind: "JOINT_STATEMENT",
  publication: "DRAFT",
  publishAt: "",
  newOrganisationName: "",
});

/** What the shared public filter would decide for a stored row. */
function isPublic(row: { status: string; publishAt: Date | null }, now: Date) {
  const filter = publicStatementFilter(now) as {
    status: string;
    OR: [{ publishAt: null }, { publishAt: { lte: Date } }];
  };
  return row.status === filter.status && (row.publishAt === null || row.publishAt <= filter.OR[1].publishAt.lte);
}

describe("statement publication", () => {
  const now = new Date("2026-11-30T12:00:00Z");
  const later = new Date("2026-12-01T09:00:00Z");

  it("keeps a draft off the public site", () => {
    const row = statementColumns(base, now);
    expect(isPublic(row, now)).toBe(false);
    expect(publicationOf(row, now)).toBe("DRAFT");
  });

  it("stores a scheduled statement as SCHEDULED: not public, even past its time, until the scheduler publishes it", () => {
    const row = statementColumns({ ...base, publication: "SCHEDULED", publishAt: later }, now);
    expect(row.status).toBe("SCHEDULED");
    expect(isPublic(row, now)).toBe(false);
    expect(publicationOf(row, now)).toBe("SCHEDULED");
    expect(isPublic(row, new Date(later.getTime() + 1000))).toBe(false);
    expect(row.publishedAt).toEqual(later);
  });

  it("never shows a published statement before its publishAt", () => {
    const row = { status: "PUBLISHED", publishAt: later };
    expect(isPublic(row, now)).toBe(false);
    expect(publicationOf(row, now)).toBe("SCHEDULED");
    expect(isPublic(row, new Date(later.getTime() + 1000))).toBe(true);
  });

  it("publishes now", () => {
    const row = statementColumns({ ...base, publication: "PUBLISHED" }, now);
    expect(isPublic(row, now)).toBe(true);
    expect(row.publishedAt).toEqual(now);
  });
});
