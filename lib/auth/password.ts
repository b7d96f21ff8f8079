import { hash, verify } from "@node-rs/argon2";

// argon2id with the library defaults (19 MiB, t=2): OWASP's recommended minimum.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Verifying against this when the email is unknown keeps the response time the same,
// so timing does not tell an attacker which addresses are staff.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    await verify(await (dummyHash ??= hash("not-a-real-password")), password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
