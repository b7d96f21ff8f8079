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

// Computed bottom-up: pairing neighbours level by level and carrying a lone last node
// up unchanged gives exactly the RFC's tree (its split at the largest power of two
// below the size), in one pass of n - 1 node hashes.
function nextLevel(level: Buffer[]): Buffer[] {
  const next: Buffer[] = [];
  for (let i = 0; i + 1 < level.length; i += 2) next.push(nodeHash(level[i]!, level[i + 1]!));
  if (level.length % 2 === 1) next.push(level.at(-1)!);
  return next;
}

export function merkleRoot(leaves: readonly Uint8Array[]): Buffer {
  if (leaves.length === 0) return sha256();
  let level: Buffer[] = leaves.map(leafHash);
  while (level.length > 1) level = nextLevel(level);
  return level[0]!;
}

/** One step up from a leaf: the sibling's hash and on which side it sits. */
export type PathStep = { side: "left" | "right"; hash: string };

/** The audit path of leaf `index` (RFC 6962, 2.1.1), from the leaf up to the root. */
export function inclusionPath(leaves: readonly Uint8Array[], index: number): PathStep[] {
  if (!Number.isInteger(index) || index < 0 || index >= leaves.length) throw new RangeError("leaf index out of range");
  const path: PathStep[] = [];
  let level: Buffer[] = leaves.map(leafHash);
  let at = index;
  while (level.length > 1) {
    const sibling = at % 2 === 1 ? at - 1 : at + 1;
    // A lone last node has no sibling on this level: it moves up as it is.
    if (sibling < level.length)
      path.push({ side: at % 2 === 1 ? "left" : "right", hash: level[sibling]!.toString("hex") });
    level = nextLevel(level);
    at = Math.floor(at / 2);
  }
  return path;
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
