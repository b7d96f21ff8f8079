import crypto from "node:crypto";
import { hash } from "@node-rs/argon2";
import type { PrismaClient } from "@/lib/db/generated/client";
import { normaliseStaffEmail } from "./staff-email";

export type CliResult = { ok: true; message: string } | { ok: false; message: string };

const ROLES = ["ADMIN", "EDITOR"] as const;

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  if (index >= 0) return args[index + 1];
  const inline = args.find((arg) => arg.startsWith(`--${name}=`));
  return inline?.slice(name.length + 3);
}

export const USAGE = `Usage:
  npm run staff -- create --email someone@example.org --role ADMIN|EDITOR [--name "Their name"]
  npm run staff -- disable --email someone@example.org
  npm run staff -- enable --email someone@example.org
  npm run staff -- reset-second-factor --email someone@example.org`;

/**
 * The command-line way in for the first admin (and for recovery when every admin lost
 * their phone). A created account gets a random password, shown once, and must enrol
 * a second factor at first sign-in like everyone else. Every run is audited.
 */
export async function runStaffCommand(prisma: PrismaClient, args: string[]): Promise<CliResult> {
  const [command] = args;
  const email = normaliseStaffEmail(option(args, "email") ?? "");
  if (!command || !email) return { ok: false, message: USAGE };

  if (command === "create") {
    const role = (option(args, "role") ?? "EDITOR").toUpperCase();
    if (!ROLES.includes(role as (typeof ROLES)[number]))
      return { ok: false, message: `--role must be ADMIN or EDITOR.\n${USAGE}` };
    if (await prisma.staffUser.findUnique({ where: { email }, select: { id: true } }))
      return { ok: false, message: `${email} already has an account.` };
    const password = crypto.randomBytes(18).toString("base64url");
    const user = await prisma.staffUser.create({
      data: {
        email,
        name: option(args, "name") ?? email.split("@")[0]!,
        role: role as (typeof ROLES)[number],
        passwordHash: await hash(password),
      },
      select: { id: true },
    });
    await prisma.auditLog.create({
      data: {
        action: "create (command line)",
        entityType: "StaffUser",
        entityId: user.id,
        changes: { email: { from: null, to: email }, role: { from: null, to: role } },
      },
      select: { id: true },
    });
    return {
      ok: true,
      message: `Created ${role} ${email}.\nPassword (shown only now): ${password}\nSign in at /admin; you will set up an authenticator app first.`,
    };
  }

  const user = await prisma.staffUser.findUnique({ where: { email }, select: { id: true } });
  if (!user) return { ok: false, message: `No account for ${email}.` };
  const changes = {
    disable: { disabledAt: new Date() },
    enable: { disabledAt: null },
    "reset-second-factor": { totpSecretEncrypted: null, totpEnabledAt: null },
  }[command];
  if (!changes) return { ok: false, message: USAGE };
  await prisma.staffUser.update({
    where: { id: user.id },
    data: { ...changes, sessionsValidAfter: new Date() },
    select: { id: true },
  });
  await prisma.auditLog.create({
    data: { action: `${command} (command line)`, entityType: "StaffUser", entityId: user.id },
    select: { id: true },
  });
  return { ok: true, message: `${command}: done for ${email}. Their sessions have ended.` };
}
