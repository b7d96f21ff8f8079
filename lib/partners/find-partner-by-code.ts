import "server-only";
import { db } from "@/lib/db/client";
import { PARTNER_CODE } from "./partner-schema";

export type PartnerRef = { id: string; code: string; name: string; origin: string };

/** The partner a link or an embedded form names, or null (an unknown or malformed code). */
export async function findPartnerByCode(code: string | undefined | null): Promise<PartnerRef | null> {
  if (!code || !PARTNER_CODE.test(code)) return null;
  return db.partner.findUnique({ where: { code }, select: { id: true, code: true, name: true, origin: true } });
}
