// Stands in for `server-only` under vitest, where nothing is a client bundle.
export {};
