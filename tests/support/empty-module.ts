// Stands in for `server-only` under vitest, where the Next bundler's check does not run.
export {};
