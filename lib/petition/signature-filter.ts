import { z } from "zod";
import type { Prisma } from "@/lib/db/generated/client";
import { normaliseEmail } from "./normalise-email";
import { domainHashOf } from "./keyed-hash";

/** Which signatures a bulk action applies to. Shared by the preview and the action, so both count the same rows. */
export const signatureFilterSchema = z
  .object({
    petitionId: z.string().min(1),
    status: z.enum(["PENDING", "CONFIRMED"]).optional(),
    suspect: z.boolean().optional(),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    emailDomain: z.string().min(3).max(253).optional(),
    createdFrom: z.coerce.date().optional(),
    createdTo: z.coerce.date().optional(),
    nameContains: z.string().min(1).max(200).optional(),
  })
  .strict();

export type SignatureFilter = z.infer<typeof signatureFilterSchema>;

export function signatureWhere(input: SignatureFilter): Prisma.SignatureWhereInput {
  const filter = signatureFilterSchema.parse(input);
  return {
    petitionId: filter.petitionId,
    // Invalidated and erased signatures are never selected again.
    status: filter.status ?? { in: ["PENDING", "CONFIRMED"] },
    anonymisedAt: null,
    ...(filter.suspect === undefined ? {} : { suspect: filter.suspect }),
    ...(filter.country ? { country: filter.country } : {}),
    ...(filter.emailDomain ? { emailDomainHash: domainHashOf(normaliseEmail(`x@${filter.emailDomain}`).domain) } : {}),
    ...(filter.createdFrom || filter.createdTo
      ? {
          createdAt: {
            ...(filter.createdFrom ? { gte: filter.createdFrom } : {}),
            ...(filter.createdTo ? { lt: filter.createdTo } : {}),
          },
        }
      : {}),
    ...(filter.nameContains ? { name: { contains: filter.nameContains, mode: "insensitive" as const } } : {}),
  };
}
