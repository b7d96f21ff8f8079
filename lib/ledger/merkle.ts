import { createHash } from "node:crypto";

// Merkle trees exactly as RFC 6962 (Certificate Transparency) defines them, so that
// anyone can check a root or an inclusion path with any SHA-256 tool: a leaf is
// SHA-256(0x00 || data), a node SHA-256(0x01 || left || right), the split is at the
// largest power of two below the size, and the empty tree's root is SHA-256("").
// Pure functions, no database: scripts/verify-ledger.ts uses them as they are.

const sha256 = (...parts: Uint8Array[]) => {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part);
  return hash.digest();
};

export const leafHash = (data: Uint8Array) => sha256(Uint8Array.of(0), data);
export const nodeHash = (left: Uint8Array, right: Uint8Array) => sha256(Uint8Array.of(1), left, right);

const split = (n: number) => {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
};

export function merkleRoot(leaves: readonly Uint8Array[]): Buffer {
  if (leaves.length === 0) return sha256();
  if (leaves.length === 1) return leafHash(leaves[0]!);
  const k = split(leaves.length);
  return nodeHash(merkleRoot(leaves.slice(0, k)), merkleRoot(leaves.slice(k)));
}

/** One step up from a leaf: the sibling's hash and on which side it sits. */
export type PathStep = { side: "left" | "right"; hash: string };

/** The audit path of leaf `index` (RFC 6962, 2.1.1), from the leaf up to the root. */
export function inclusionPath(leaves: readonly Uint8Array[], index: number): PathStep[] {
  if (index < 0 || index >= leaves.length) throw new RangeError("leaf index out of range");
  if (leaves.length === 1) return [];
  const k = split(leaves.length);
  return index < k
    ? [
        ...inclusionPath(leaves.slice(0, k), index),
        { side: "right", hash: merkleRoot(leaves.slice(k)).toString("hex") },
      ]
    : [
        ...inclusionPath(leaves.slice(k), index - k),
        { side: "left", hash: merkleRoot(leaves.slice(0, k)).toString("hex") },
      ];
}

/** Recomputes the root from a leaf's data and its path. */
export function rootFromPath(data: Uint8Array, path: readonly PathStep[]): Buffer {
  return path.reduce<Buffer>(
    (hash, step) =>
      step.side === "left"
        ? nodeHash(Buffer.from(step.hash, "hex"), hash)
        : nodeHash(hash, Buffer.from(step.hash, "hex")),
    leafHash(data),
  );
}
