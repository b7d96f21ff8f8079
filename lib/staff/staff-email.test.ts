import { describe, expect, it } from "vitest";
import { signInSchema } from "@/lib/auth/schemas";
import { normaliseStaffEmail, staffEmailSchema } from "./staff-email";

// What a person types, and the account it must reach.
const ACCEPTED: [typed: string, stored: string][] = [
  ["admin@localhost", "admin@localhost"],
  ["Admin@Bücher.Example", "admin@xn--bcher-kva.example"],
  ["admin@xn--bcher-kva.example", "admin@xn--bcher-kva.example"],
  ["first.last+campaign@example.org", "first.last+campaign@example.org"],
  ["ADMIN@EXAMPLE.ORG", "admin@example.org"],
  ["  admin@example.org \t", "admin@example.org"],
];

const REFUSED = [
  "",
  "admin",
  "admin@",
  "@localhost",
  "a@b@c",
  "ad min@example.org",
  "admin@exa mple.org",
  "admin@127.0.0.1",
  "admin@-example.org",
  "admin@example..org",
  "admin@example.org.",
  ".admin@example.org",
  "admin@example.org/x",
  "admin@[::1]",
  `${"a".repeat(65)}@example.org`,
];

describe("the staff email rule", () => {
  it.each(ACCEPTED)("accepts %j as %s, the same for creating and for signing in", (typed, stored) => {
    expect(normaliseStaffEmail(typed)).toBe(stored);
    // Invitations and sign-in parse the field with the same schema; the command line and
    // the first admin call normaliseStaffEmail: all four must land on one stored address.
    expect(staffEmailSchema.parse(typed)).toBe(stored);
    expect(signInSchema.parse({ email: typed, password: "x" }).email).toBe(stored);
    expect(normaliseStaffEmail(stored)).toBe(stored);
  });

  it.each(REFUSED)("refuses %j with a field message", (typed) => {
    expect(normaliseStaffEmail(typed)).toBeNull();
    const parsed = signInSchema.safeParse({ email: typed, password: "x" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.find((issue) => issue.path[0] === "email")?.message).toMatch(/email address/);
  });
});
