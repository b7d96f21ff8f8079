/**
 * wrk (Debian's `wrk`, written in C) as the load generator for bench/: on this 2-core
 * machine a JavaScript generator takes CPU the server under test would otherwise have.
 */
import { spawnSync } from "node:child_process";

export type WrkRow = {
  name: string;
  perSecond: number;
  p50: string;
  p99: string;
  /** Bytes read per second, as wrk prints it ("36.05MB"). */
  transfer: string;
  errors: string;
  stdout: string;
};

export function assertWrkInstalled() {
  if (spawnSync("wrk", ["--version"]).error) throw new Error("wrk not found: apt-get install -y wrk");
}

/**
 * One wrk run against a loopback URL, printed as one line. `script` is a Lua file
 * (wrk's -s); `args` reach its init(). `threads` defaults to 2.
 */
export function wrk(
  name: string,
  url: string,
  options: {
    seconds: number;
    connections: number;
    threads?: number;
    headers?: string[];
    script?: string;
    args?: string[];
  },
): WrkRow {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`loopback only: ${url}`);
  const args = [
    `-t${options.threads ?? 2}`,
    `-c${options.connections}`,
    `-d${options.seconds}s`,
    "--timeout",
    "10s",
    "--latency",
  ];
  for (const header of options.headers ?? []) args.push("-H", header);
  if (options.script) args.push("-s", options.script);
  args.push(url);
  if (options.args?.length) args.push("--", ...options.args);
  const result = spawnSync("wrk", args, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`wrk failed: ${result.stderr || result.error}`);
  const out = result.stdout;
  const row: WrkRow = {
    name,
    perSecond: Number(out.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? 0),
    p50: out.match(/^\s+50%\s+(\S+)/m)?.[1] ?? "?",
    p99: out.match(/^\s+99%\s+(\S+)/m)?.[1] ?? "?",
    transfer: out.match(/Transfer\/sec:\s+(\S+)/)?.[1] ?? "?",
    errors: [
      out.match(/Non-2xx or 3xx responses: (\d+)/)?.[1]?.replace(/^/, "non-2xx: "),
      out.match(/Socket errors: (.*)/)?.[1],
    ]
      .filter(Boolean)
      .join("; "),
    stdout: out,
  };
  return row;
}

export function printRow(row: WrkRow, perSecond = row.perSecond, unit = "req/s", extra = "") {
  console.log(
    `${row.name.padEnd(44)} ${perSecond.toFixed(0).padStart(7)} ${unit}  p50 ${row.p50.padStart(8)}  p99 ${row.p99.padStart(8)}  ${`${row.transfer}/s`.padStart(11)}  ${row.errors}${extra}`,
  );
}
