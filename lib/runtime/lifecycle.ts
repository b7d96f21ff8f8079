// The server's lifecycle, shared by the launcher's HTTP server (scripts/serve.ts) and the
// code Next bundles: the two load separate copies of this file, so the state lives on
// globalThis under a registered symbol that both copies find.
type Hook = { name: string; run: () => Promise<unknown> };
type Lifecycle = { draining: boolean; hooks: Hook[] };

const key = Symbol.for("free-voices.lifecycle");
const store = globalThis as unknown as { [key]?: Lifecycle };

function lifecycle(): Lifecycle {
  return (store[key] ??= { draining: false, hooks: [] });
}

/** From now on /api/ready answers 503, so a load balancer sends no new requests here. */
export function beginDraining() {
  lifecycle().draining = true;
}

export function isDraining(): boolean {
  return lifecycle().draining;
}

/**
 * Work to finish before the process exits, after the last request was answered
 * (background jobs, pools). Hooks run in the reverse order of registration, so what
 * was set up last (a job using a pool) stops before what it uses (the pool).
 */
export function onShutdown(name: string, run: () => Promise<unknown>) {
  lifecycle().hooks.push({ name, run });
}

/** Runs every hook, one after another; a failing hook does not stop the others. */
export async function runShutdownHooks(report: (name: string, error?: unknown) => void = () => {}) {
  const hooks = lifecycle().hooks.splice(0).reverse();
  for (const hook of hooks) {
    try {
      await hook.run();
      report(hook.name);
    } catch (error) {
      report(hook.name, error);
    }
  }
}
