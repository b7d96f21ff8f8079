import "server-only";

// Errors after which the statement did not run or its transaction rolled back, and
// a fresh connection may succeed: the server restarting, refusing, or cutting us off.
const TRANSIENT_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08006",
  "53300",
]);

export function isTransientDatabaseError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: string }).code;
  if (code && TRANSIENT_CODES.has(code)) return true;
  return /Connection terminated|terminating connection|timeout exceeded when trying to connect|Client has encountered a connection error|connect ECONNREFUSED/i.test(
    error.message,
  );
}

/**
 * Runs `work` again while the database is briefly unreachable (a restart, a
 * failover), up to `budgetMs`. Only for idempotent work: a commit whose reply was
 * lost is run again, so the work must give the same result twice.
 */
export async function retryOnDisconnect<T>(work: () => Promise<T>, budgetMs = 8_000): Promise<T> {
  const deadline = Date.now() + budgetMs;
  let delay = 50;
  for (;;) {
    try {
      return await work();
    } catch (error) {
      if (!isTransientDatabaseError(error) || Date.now() + delay > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 1_000);
    }
  }
}
