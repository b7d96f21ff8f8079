import { z } from "zod";
import { staffEmailSchema } from "@/lib/staff/staff-email";

export const signInSchema = z.object({
  email: staffEmailSchema,
  password: z.string().min(1, "Enter your password.").max(1024),
  // The proof-of-work solution, asked for only while the account is under attack.
  altcha: z.string().max(20_000).optional(),
});

export const codeSchema = z
  .string()
  .transform((value) => value.replace(/\s+/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, "Enter the 6-digit code from your authenticator app."));

export const newPasswordSchema = z
  .string()
  .min(12, "Use at least 12 characters.")
  .max(1024, "Use at most 1024 characters.");
