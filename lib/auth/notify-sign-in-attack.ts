import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { env } from "@/lib/config/env";
import { sealAddress, sealPayload } from "@/lib/mail/seal-outbox-message";
import { consumeOnce, postgresLimiter } from "@/lib/rate-limit/postgres-limiter";

// One warning a day per account, however many guesses: the mail tells the owner, it
// must not become a way to flood their inbox.
const NOTICE_SECONDS = 24 * 60 * 60;
const notices = () => postgresLimiter({ keyPrefix: "login-notice", points: 1, duration: NOTICE_SECONDS });

/** Queues a warning to the account's owner, at most once a day, through the outbox. */
export async function notifySignInAttack(user: { id: string; email: string }, failures: number): Promise<void> {
  if (!(await consumeOnce(notices(), user.id))) return;
  await db.emailOutbox.create({
    data: {
      to: sealAddress(user.email),
      template: "staff-sign-in-warning",
      payload: sealPayload("en", {
        failures,
        url: new URL("/admin/account", env().APP_URL).toString(),
      }) as Prisma.InputJsonValue,
    },
    select: { id: true },
  });
}
