/**
 * A staff session as sign-in makes one (a StaffSession row, then the checks every
 * request runs), for tests that call data functions directly. Import after the test
 * has pointed DATABASE_URL at its database.
 */
export async function staffSessionFor(userId: string, authAt = Date.now()) {
  const { startStaffSession } = await import("@/lib/auth/staff-sessions");
  const { staffForClaims } = await import("@/lib/auth/session");
  const sid = await startStaffSession(userId, null, authAt);
  const staff = await staffForClaims({ sub: userId, sid, authAt });
  if (!staff) throw new Error(`staffSessionFor: ${userId} cannot have a session`);
  return staff;
}
