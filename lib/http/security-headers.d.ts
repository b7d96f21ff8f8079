// Types for security-headers.js (plain JS so that next.config.js can import it).
export function contentSecurityPolicy(options?: { nonce?: string; development?: boolean }): string;
export function securityHeaders(options?: { onionLocation?: string }): { key: string; value: string }[];
