import fs from "node:fs";

// The settings the production path (DATABASE_URL set) refuses to start with. Run by
// scripts/start.ts before anything listens; the embedded newcomer path skips them.
// Plain Node (no "server-only", no env()): the launcher runs it outside Next.

type Source = Record<string, string | undefined>;

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "::1", "[::1]", "localhost"]);

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host.toLowerCase()) || /^127(\.\d{1,3}){3}$/.test(host);
}

function isLoopbackUrl(value: string | undefined): boolean {
  try {
    return isLoopbackHost(new URL(value ?? "").hostname);
  } catch {
    return false;
  }
}

/**
 * ALLOW_INSECURE_LOCAL=1 is for running the production path on one's own machine (the
 * browser tests do): it waives the mail, https and folder checks, and only counts when
 * both the address the app listens on and its public URL are on this machine, so it
 * cannot weaken a server the public can reach.
 */
export function isInsecureLocalAllowed(source: Source): boolean {
  return (
    source.ALLOW_INSECURE_LOCAL === "1" && isLoopbackHost(source.HOST ?? "127.0.0.1") && isLoopbackUrl(source.APP_URL)
  );
}

/** The folder for uploads (and the launcher's files): created private, refused when others can read it. */
export function ensurePrivateDataDir(dir: string): string | null {
  if (!fs.existsSync(dir)) fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const mode = fs.statSync(dir).mode & 0o777;
  if ((mode & 0o077) === 0) return null;
  return `DATA_DIR: ${dir} can be read by other users of this machine (mode ${mode.toString(8)}); it holds uploads and secrets. Run: chmod 700 ${dir}`;
}

/**
 * Every unsafe production setting, one message per variable (empty: none). `dataDir`
 * is DATA_DIR resolved; it is created mode 0700 when missing.
 */
export function productionProblems(source: Source, dataDir: string): string[] {
  if (!source.DATABASE_URL) return [];
  const problems: string[] = [];
  const host = source.HOST ?? "127.0.0.1";
  if (!isLoopbackHost(host) && !source.TRUST_PROXY_HOPS) {
    problems.push(
      `TRUST_PROXY_HOPS: the app would listen on ${host}, beyond this machine, without saying how many proxies stand in front of it. ` +
        "Set TRUST_PROXY_HOPS=1 behind one reverse proxy (nginx), or TRUST_PROXY_HOPS=0 if clients connect directly (then X-Forwarded-For is ignored).",
    );
  }
  if (isInsecureLocalAllowed(source)) return problems;
  if (!source.SMTP_URL) {
    problems.push(
      "SMTP_URL: no mail server is set, so every signer's address and confirmation link would be written to this machine's disk and log " +
        "instead of being sent. Set SMTP_URL=smtps://user:password@mail.example:465.",
    );
  }
  let appUrl: URL | null = null;
  try {
    appUrl = new URL(source.APP_URL ?? "");
  } catch {
    // Reported below.
  }
  if (appUrl?.protocol !== "https:") {
    problems.push(
      `APP_URL: the public address must be https:// (it is ${source.APP_URL ? `"${source.APP_URL}"` : "not set"}): ` +
        "links in mail and staff sessions would otherwise travel unencrypted.",
    );
  }
  const dataDirProblem = ensurePrivateDataDir(dataDir);
  if (dataDirProblem) problems.push(dataDirProblem);
  return problems;
}

/** Throws one readable message naming every unsafe setting, like parseEnv does for invalid ones. */
export function assertSafeProduction(source: Source, dataDir: string): void {
  const problems = productionProblems(source, dataDir);
  if (problems.length === 0) return;
  throw new Error(
    `Unsafe configuration for production (DATABASE_URL is set):\n${problems.map((p) => `  - ${p}`).join("\n")}\n` +
      "See .env.example. To try the production path on this machine only, set ALLOW_INSECURE_LOCAL=1 with a localhost APP_URL and HOST.",
  );
}
