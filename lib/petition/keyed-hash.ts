import crypto from "node:crypto";
import { env } from "@/lib/config/env";

// Keyed with SIGNATURE_PEPPER, which lives outside the database: a stolen dump
// alone cannot be matched against a list of addresses or IPs. Each use has its own
// label so an email hash can never be compared with an IP hash.
/** Bytes as Prisma's `Bytes` columns take them. */
export type HashBytes = Uint8Array<ArrayBuffer>;

function keyed(label: string, value: string): HashBytes {
  return new Uint8Array(crypto.createHmac("sha256", env().SIGNATURE_PEPPER).update(`${label}\0${value}`).digest());
}

/** Dedupe key: HMAC of the normalised address. */
export const emailHashOf = (normalisedAddress: string) => keyed("email", normalisedAddress);
/** Lets staff filter and the rate limiter count by domain without storing it. */
export const domainHashOf = (domain: string) => keyed("domain", domain);
export const ipHashOf = (ip: string) => keyed("ip", ip);
/** Counts "see or erase my signature" mails per recipient without storing the address. */
export const recipientHashOf = (normalisedAddress: string) => keyed("recipient", normalisedAddress);

/** Tokens are random, so a plain hash suffices: the database never holds a usable link. */
export const tokenHashOf = (token: string): HashBytes =>
  new Uint8Array(crypto.createHash("sha256").update(token).digest());
export const newToken = () => crypto.randomBytes(32).toString("base64url");
