import { randomBytes } from "node:crypto";
import { toSearchKey } from "../../lib/detainees/search-key";
import type { Prisma } from "../../lib/db/generated/client";
import { testDb } from "./db";

/**
 * Records made by a test through Prisma, with unique slugs: a fresh slug has never
 * been rendered, so the ISR cache cannot hide what the test just wrote.
 */
export function uniqueSlug(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString("hex")}`;
}

export async function createDetainee(input: {
  displayName: string;
  published: boolean;
  variants?: { name: string; script: "LATIN" | "CYRILLIC"; lang: string }[];
  slug?: string;
  extra?: Omit<Partial<Prisma.DetaineeUncheckedCreateInput>, "names">;
}) {
  const slug = input.slug ?? uniqueSlug(toSearchKey(input.displayName).replace(/ /g, "-"));
  const names = [
    { name: input.displayName, script: "LATIN" as const, lang: "en", isPrimary: true },
    ...(input.variants ?? []).map((v) => ({ ...v, isPrimary: false })),
  ];
  return testDb.detainee.create({
    data: {
      slug,
      displayName: input.displayName,
      status: "PRE_TRIAL_DETENTION",
      published: input.published,
      ...input.extra,
      names: { create: names.map((n) => ({ ...n, searchKey: toSearchKey(n.name) })) },
    },
    select: { id: true, slug: true, displayName: true },
  });
}
