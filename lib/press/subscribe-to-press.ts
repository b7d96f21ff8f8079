import "server-only";
import { env } from "@/lib/config/env";
import { encrypt } from "@/lib/crypto/encryption";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { localePath } from "@/lib/i18n/routing";
import { errorField, logger } from "@/lib/log/logger";
import { wakeOutboxWorker } from "@/lib/mail/outbox-worker";
import { sealAddress, sealPayload } from "@/lib/mail/seal-outbox-message";
import { ipHashOf, newToken, tokenHashOf } from "@/lib/petition/keyed-hash";
import { postgresLimiter } from "@/lib/rate-limit/postgres-limiter";
import { consumeOnce } from "@/lib/rate-limit/postgres-limiter";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { pressEmailHashOf } from "./press-email-hash";
import { pressSubscribeSchema } from "./schemas";

export const PRESS_CONFIRM_VALID_DAYS = 7;

export type PressSubscribeOutcome =
  | { status: "sent" }
  | { status: "invalid"; fieldErrors: Record<string, string[]> }
  | { status: "rate-limited" }
  | { status: "unavailable" };

// A handful an hour per address and per mailbox: enough for a newsroom behind one
// address, too few to use the form to mail-bomb someone.
const perIp = () => postgresLimiter({ keyPrefix: "press-ip", points: 10, duration: 3600 });
const perRecipient = () => postgresLimiter({ keyPrefix: "press-recipient", points: 3, duration: 3600 });

/**
 * A journalist asks to join the press list: the row waits (PENDING) until the emailed
 * link is confirmed by a POST, then for a staff member's approval. The answer is the
 * same whether or not the address is already on the list, so the form does not tell
 * anyone who is.
 */
export async function subscribeToPress(
  form: Record<string, string | undefined>,
  context: { ip: string },
): Promise<PressSubscribeOutcome> {
  const parsed = pressSubscribeSchema.safeParse(form);
  if (!parsed.success) return { status: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const { name, outlet, email, language } = parsed.data;
  try {
    const emailHash = pressEmailHashOf(email);
    if (!(await consumeOnce(perIp(), Buffer.from(ipHashOf(`press:${context.ip}`)).toString("base64url"))))
      return { status: "rate-limited" };
    if (!(await consumeOnce(perRecipient(), Buffer.from(emailHash).toString("base64url"))))
      return { status: "rate-limited" };
    const token = newToken();
    const url = `${env().APP_URL}${localePath(language, `/press/confirm/${token}`)}`;
    const pending = {
      name,
      outlet,
      locale: language,
      emailEncrypted: new Uint8Array(encrypt(email)),
      confirmTokenHash: tokenHashOf(token),
      confirmExpiresAt: new Date(Date.now() + PRESS_CONFIRM_VALID_DAYS * 86_400_000),
    };
    const queued = await db.$transaction(async (tx) => {
      const existing = await tx.pressSubscriber.findUnique({ where: { emailHash }, select: { status: true } });
      // Already confirmed: nothing to confirm again, and nothing that says so.
      if (existing && existing.status !== "PENDING") return false;
      if (existing) await tx.pressSubscriber.update({ where: { emailHash }, data: pending, select: { id: true } });
      else await tx.pressSubscriber.create({ data: { ...pending, emailHash }, select: { id: true } });
      await tx.emailOutbox.create({
        data: {
          to: sealAddress(email),
          template: "press-confirm",
          payload: sealPayload(language, { url }) as Prisma.InputJsonValue,
        },
        select: { id: true },
      });
      return true;
    });
    if (queued) wakeOutboxWorker();
    return { status: "sent" };
  } catch (error) {
    // Two submissions of a new address at once: the other one mailed the link.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { status: "sent" };
    logger().error({ err: errorField(error) }, "press subscription failed");
    return { status: "unavailable" };
  }
}
