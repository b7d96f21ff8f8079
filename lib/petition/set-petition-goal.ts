import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { StaffGuard } from "./staff-guard";

export const petitionGoalSchema = z.coerce.number().int().min(1).max(100_000_000);

export async function setPetitionGoal(authorise: StaffGuard, input: { petitionId: string; goal: number }) {
  await authorise();
  const goal = petitionGoalSchema.parse(input.goal);
  return db.petition.update({ where: { id: input.petitionId }, data: { goal }, select: { id: true, goal: true } });
}
