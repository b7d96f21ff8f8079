import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import nodemailer, { type Transporter } from "nodemailer";
import type SMTPPool from "nodemailer/lib/smtp-pool";
import { pgPool } from "@/lib/db/pg-pool";
import { isEventLoopBusy } from "@/lib/runtime/event-loop-load";
import { mailErrorText } from "./mail-error-text";
import { resolveOutboxRows, type OutboxRow, type Resolution } from "./resolve-outbox-rows";
import { isPermanentRecipientRejection, suppressAddress } from "./suppression";
import { env } from "@/lib/config/env";

// The outbox: mail is written to EmailOutbox in the same statement as the change
// that causes it, and sent from here. Requests never wait for the mail server; a
// server that is down or slow delays mail, it never loses it. Every instance may
// run this loop: rows are claimed with FOR UPDATE SKIP LOCKED and a lease, so two
// instances never send the same row, and a crashed instance's rows are retried
// when the lease ends.
const BATCH = 50;
const LEASE = "2 minutes";
const MAX_ATTEMPTS = 12;
const POLL_MS = 2_000;
// A wake-up waits this long so that mail queued meanwhile goes out in the same
// batch: during a spike, one claim per many signatures rather than one each.
const WAKE_DELAY_MS = 200;
// While busy: small batches, spaced out, so sending never holds the event loop for
// long (about 50 mails a second, never zero).
const BUSY_BATCH = 10;
const BUSY_PAUSE_MS = 200;

type Row = OutboxRow;
export type SendMail = (message: {
  to: string;
  subject: string;
  text: string;
  headers?: Record<string, string>;
}) => Promise<void>;

/** Claims and sends one batch; returns how many rows it claimed. */
export async function processOutboxBatch(send: SendMail = smtpSend, limit = BATCH): Promise<number> {
  const pool = pgPool();
  const { rows } = await pool.query<Row>(
    `UPDATE "EmailOutbox" SET "status" = 'SENDING', "attempts" = "attempts" + 1,
            "nextAttemptAt" = timezone('UTC', now()) + interval '${LEASE}'
      WHERE "id" IN (SELECT "id" FROM "EmailOutbox"
                      WHERE "status" IN ('PENDING', 'SENDING') AND "nextAttemptAt" <= timezone('UTC', now())
                      ORDER BY "nextAttemptAt" LIMIT $1 FOR UPDATE SKIP LOCKED)
      RETURNING "id", "to", "template", "payload", "attempts"`,
    [limit],
  );
  const resolved = rows.length > 0 ? await resolveOutboxRows(rows) : new Map<string, Resolution>();
  const outcomes = await Promise.all(rows.map((row) => deliver(row, resolved.get(row.id), send)));
  const skipped = rows.filter((_row, i) => outcomes[i] === "skipped").map((row) => row.id);
  // Nobody to send to any more (unsubscribed, erased, suppressed): nothing worth keeping.
  if (skipped.length > 0) await pool.query(`DELETE FROM "EmailOutbox" WHERE "id" = ANY($1)`, [skipped]);
  const sent = rows.filter((_row, i) => outcomes[i] === "sent").map((row) => row.id);
  // One statement for the whole batch: under a signing spike, a round trip per
  // mail would compete with the signers for the same connections. If this fails,
  // the lease runs out and those rows are sent again: at least once, never lost.
  if (sent.length > 0) {
    await pool.query(
      `UPDATE "EmailOutbox" SET "status" = 'SENT', "sentAt" = timezone('UTC', now()), "to" = NULL, "payload" = '{}', "lastError" = NULL WHERE "id" = ANY($1)`,
      [sent],
    );
  }
  return rows.length;
}

async function deliver(
  row: Row,
  resolution: Resolution | undefined,
  send: SendMail,
): Promise<"sent" | "failed" | "skipped"> {
  let to: string | undefined;
  try {
    if (!resolution) throw new Error("not resolved");
    if (resolution.status === "skip") return "skipped";
    if (resolution.status === "error") throw resolution.error;
    to = resolution.to;
    await send({ to, ...resolution.message });
    return "sent";
  } catch (error) {
    const message = mailErrorText(error);
    // The mailbox refused for good: no retries, and no more mail to it from anywhere here.
    const rejected = to !== undefined && isPermanentRecipientRejection(error);
    if (rejected) await suppressAddress(pgPool(), to!, "bounce").catch(() => {});
    const giveUp = rejected || row.attempts >= MAX_ATTEMPTS;
    // Exponential backoff with jitter: 10 s, 20 s, 40 s ... capped at an hour (about 6 hours in all).
    const delaySeconds = Math.min(3600, 10 * 2 ** (row.attempts - 1)) * (0.8 + Math.random() * 0.4);
    await pgPool()
      .query(
        giveUp
          ? `UPDATE "EmailOutbox" SET "status" = 'FAILED', "lastError" = $2, "to" = NULL, "payload" = '{}' WHERE "id" = $1`
          : `UPDATE "EmailOutbox" SET "status" = 'PENDING', "lastError" = $2,
                    "nextAttemptAt" = timezone('UTC', now()) + make_interval(secs => $3) WHERE "id" = $1`,
        giveUp ? [row.id, message] : [row.id, message, delaySeconds],
      )
      .catch(() => {
        // The database is away too: the lease ends and the row is retried then.
      });
    return "failed";
  }
}

const globalForMail = globalThis as unknown as {
  mailTransport?: Transporter;
  outboxTimer?: NodeJS.Timeout;
  outboxWake?: () => void;
  outboxWakeTimer?: NodeJS.Timeout;
  outboxStopping?: boolean;
  outboxTick?: Promise<void>;
};

async function smtpSend(message: Parameters<SendMail>[0]) {
  const url = env().SMTP_URL;
  if (!url) throw new Error("SMTP_URL is not set: mail waits in the outbox");
  const options: SMTPPool.Options & { url: string } = {
    url,
    pool: true,
    maxConnections: 3,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  };
  globalForMail.mailTransport ??= nodemailer.createTransport(options);
  await globalForMail.mailTransport.sendMail({ from: env().MAIL_FROM, ...message });
}

type DrainOptions = { send?: SendMail; isBusy?: () => boolean; pause?: (ms: number) => Promise<void> };

/**
 * Sends batches until the outbox has nothing due. While the server is busy
 * answering requests it sends 10 mails every 200 ms (about 50 a second), so a
 * signing spike is not slowed by its own confirmation mails; the backlog waits
 * safely in the table and goes out at full speed afterwards.
 */
export async function drainOutbox({
  send = smtpSend,
  isBusy = isEventLoopBusy,
  pause = (ms) => sleep(ms),
}: DrainOptions = {}) {
  // At shutdown the batch in hand is finished (each row sent or rescheduled), then it stops.
  while (!globalForMail.outboxStopping) {
    const busy = isBusy();
    const limit = busy ? BUSY_BATCH : BATCH;
    // A full batch means more may be waiting.
    if ((await processOutboxBatch(send, limit)) < limit) return;
    if (busy) await pause(BUSY_PAUSE_MS);
  }
}

/** Runs the outbox loop in this process (called once from instrumentation.ts). */
export function startOutboxWorker() {
  if (globalForMail.outboxTimer) return;
  let running = false;
  let again = false;
  const tick = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    const work = (async () => {
      do {
        again = false;
        await drainOutbox();
      } while (again && !globalForMail.outboxStopping);
    })();
    globalForMail.outboxTick = work.catch(() => {});
    try {
      await work;
    } catch {
      // The database is unreachable: the next tick tries again.
    } finally {
      running = false;
    }
  };
  globalForMail.outboxTimer = setInterval(tick, POLL_MS);
  globalForMail.outboxTimer.unref();
  globalForMail.outboxWake = () => void tick();
}

/** Sends soon rather than at the next poll; never waits. A no-op where the worker does not run. */
export function wakeOutboxWorker() {
  const wake = globalForMail.outboxWake;
  if (!wake || globalForMail.outboxWakeTimer) return;
  globalForMail.outboxWakeTimer = setTimeout(
    () => {
      globalForMail.outboxWakeTimer = undefined;
      wake();
    },
    isEventLoopBusy() ? BUSY_PAUSE_MS : WAKE_DELAY_MS,
  );
}

/**
 * Stops the loop at shutdown: no new claims, the batch being sent is finished (its rows
 * marked sent or rescheduled, so no lease is left to run out), the SMTP pool closed.
 */
export async function stopOutboxWorker() {
  globalForMail.outboxStopping = true;
  clearInterval(globalForMail.outboxTimer);
  clearTimeout(globalForMail.outboxWakeTimer);
  globalForMail.outboxWake = undefined;
  await globalForMail.outboxTick;
  globalForMail.mailTransport?.close();
}
