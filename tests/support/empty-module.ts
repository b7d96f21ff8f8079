// Stands in for "server-only" under vitest: that package throws outside a React server build.
export {};
