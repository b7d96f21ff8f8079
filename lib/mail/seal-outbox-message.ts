import { decrypt, encrypt } from "@/lib/crypto/encryption";

// An outbox row waits in the database until it is sent. The address and the links
// in it (which confirm a signature) are encrypted while they wait, and cleared once
// sent, so a database dump does not list who signed recently or hold usable links.
const PREFIX = "enc:";

export function sealAddress(address: string): string {
  return PREFIX + encrypt(address).toString("base64");
}

export function openAddress(stored: string): string {
  return stored.startsWith(PREFIX) ? decrypt(Buffer.from(stored.slice(PREFIX.length), "base64")) : stored;
}

export type OutboxPayload = { locale: string; sealed?: string } & Record<string, unknown>;

export function sealPayload(locale: string, data: Record<string, unknown>): OutboxPayload {
  return { locale, sealed: encrypt(JSON.stringify(data)).toString("base64") };
}

export function openPayload(payload: OutboxPayload): { locale: string; data: Record<string, unknown> } {
  const { locale, sealed, ...plain } = payload;
  const data = sealed ? (JSON.parse(decrypt(Buffer.from(sealed, "base64"))) as Record<string, unknown>) : plain;
  return { locale: locale ?? "en", data };
}
