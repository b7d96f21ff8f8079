import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { PublicChangeKind } from "@/lib/db/generated/enums";
import { isRouteParam } from "@/lib/validation/text-fields";
import { publicValueSchema, type PublicValue } from "./public-value";

const LIMIT = 500;
const storedValue = publicValueSchema.nullable().catch(null);

export type PublicHistoryEntry = {
  id: string;
  field: string;
  kind: PublicChangeKind;
  from: PublicValue | null;
  to: PublicValue | null;
  note: string | null;
  changedAt: Date;
  source: { publisher: string; title: string; url: string | null } | null;
};

export type PublicHistory = {
  detainee: { slug: string; displayName: string };
  changes: PublicHistoryEntry[];
};

/**
 * A published profile's change history, newest first, or where to redirect for an old
 * slug. Changes to an event that is now hidden are left out with the event: hiding is
 * how staff take something off the public record. No staff member is ever selected.
 */
export const getPublicHistory = cache(async function getPublicHistory(
  slug: string,
): Promise<PublicHistory | { redirectTo: string } | null> {
  if (!isRouteParam(slug)) return null;
  const detainee = await db.detainee.findFirst({
    where: { slug, published: true },
    select: { id: true, slug: true, displayName: true },
  });
  if (!detainee) {
    const old = await db.detaineeSlug.findUnique({
      where: { slug },
      select: { detainee: { select: { slug: true, published: true } } },
    });
    return old?.detainee.published ? { redirectTo: old.detainee.slug } : null;
  }
  const rows = await db.publicChange.findMany({
    where: { detaineeId: detainee.id, ...visibleChanges },
    orderBy: [{ changedAt: "desc" }, { id: "asc" }],
    take: LIMIT,
    select: {
      id: true,
      field: true,
      kind: true,
      fromValue: true,
      toValue: true,
      note: true,
      changedAt: true,
      source: { select: { publisher: true, title: true, url: true } },
    },
  });
  return {
    detainee: { slug: detainee.slug, displayName: detainee.displayName },
    changes: rows.map(({ fromValue, toValue, ...row }) => ({
      ...row,
      from: storedValue.parse(fromValue),
      to: storedValue.parse(toValue),
    })),
  };
});

const visibleChanges = { OR: [{ caseEventId: null }, { caseEvent: { visibility: "PUBLIC" as const } }] };

/** When a published profile's public facts last changed, for "Last changed … (see history)". */
export async function getLastPublicChangeAt(detaineeId: string): Promise<Date | null> {
  const last = await db.publicChange.findFirst({
    where: { detaineeId, ...visibleChanges },
    orderBy: { changedAt: "desc" },
    select: { changedAt: true },
  });
  return last?.changedAt ?? null;
}
