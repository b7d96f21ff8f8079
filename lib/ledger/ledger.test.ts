import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inclusionPath, merkleRoot, rootFromPath } from "./merkle";
import { buildLedger, summaryOf, type LedgerDay, type LedgerEntryRow } from "./ledger-scheme";
import { canonicalReceipt, commitmentOf, newReceipt } from "./receipt";
import { verifyLedger, type PublishedLedger } from "./verify-ledger";

const hex = (value: string) => Buffer.from(value, "hex");
const commitment = (n: number) => createHash("sha256").update(`c${n}`).digest();

describe("the Merkle tree", () => {
  it("matches RFC 6962's hashing (Certificate Transparency's published test vectors)", () => {
    const leaves = ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"];
    expect(merkleRoot([]).toString("hex")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(merkleRoot(leaves.map(hex)).toString("hex")).toBe(
      "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    );
  });

  it("gives an inclusion path that leads from every leaf to the root, and from no other leaf", () => {
    for (let size = 1; size <= 17; size++) {
      const leaves = Array.from({ length: size }, (_, i) => commitment(i));
      const root = merkleRoot(leaves).toString("hex");
      for (let index = 0; index < size; index++) {
        const path = inclusionPath(leaves, index);
        expect(rootFromPath(leaves[index]!, path).toString("hex")).toBe(root);
        expect(rootFromPath(commitment(1000), path).toString("hex")).not.toBe(root);
      }
    }
  });
});

describe("receipts", () => {
  it("are 160 random bits in base32 groups, and only their SHA-256 commitment is derived", () => {
    const receipt = newReceipt();
    expect(receipt).toMatch(/^([A-Z2-7]{4}-){7}[A-Z2-7]{4}$/);
    expect(newReceipt()).not.toBe(receipt);
    expect(commitmentOf(receipt).toString("hex")).toBe(
      createHash("sha256")
        .update(`free-voices receipt v1:${receipt.replace(/-/g, "")}`)
        .digest("hex"),
    );
  });

  it("are read as typed: any case, spaces, dashes, and 0/1/8 for O/I/B", () => {
    const receipt = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567";
    expect(canonicalReceipt(" abcd efgh ijkl mnop qrst uvwx yz23 4567 ")).toBe(receipt.replace(/-/g, ""));
    expect(commitmentOf("A8CD-EFGH-1JKL-MN0P-QRST-UVWX-YZ23-4567")).toEqual(
      commitmentOf("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"),
    );
    expect(canonicalReceipt("ABCD-EFGH")).toBeNull();
    expect(canonicalReceipt("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4569")).toBeNull();
  });
});

function published(
  entries: LedgerEntryRow[],
  count?: number,
): { ledger: PublishedLedger; days: Map<string, LedgerDay> } {
  const days = buildLedger(entries);
  const size = days.at(-1)?.size ?? 0;
  return {
    ledger: { size, count: count ?? size, head: days.at(-1)!.chainedRoot, days: days.map(summaryOf) },
    days: new Map(days.map((day) => [day.date, day])),
  };
}

const entries: LedgerEntryRow[] = [
  { day: "2026-12-01", kind: "ADD", commitment: commitment(1) },
  { day: "2026-12-01", kind: "ADD", commitment: commitment(2) },
  { day: "2026-12-01", kind: "ADD", commitment: commitment(3) },
  { day: "2026-12-02", kind: "ADD", commitment: commitment(4) },
  { day: "2026-12-03", kind: "REMOVE", commitment: commitment(2) },
  { day: "2026-12-03", kind: "ADD", commitment: commitment(5) },
];

describe("the ledger", () => {
  it("verifies as published, with a chained root per day and a correction entry with its count", () => {
    const { ledger, days } = published(entries);
    expect(verifyLedger(ledger, days)).toEqual([]);
    expect(ledger.size).toBe(4);
    expect(ledger.days.map((d) => [d.date, d.addedCount, d.removedCount, d.size])).toEqual([
      ["2026-12-01", 3, 0, 3],
      ["2026-12-02", 1, 0, 4],
      ["2026-12-03", 1, 1, 4],
    ]);
    expect(ledger.days[1]!.previous).toBe(ledger.days[0]!.chainedRoot);
  });

  it("fails when a commitment in a day's list is changed", () => {
    const { ledger, days } = published(entries);
    const day = days.get("2026-12-02")!;
    day.added = [commitment(99).toString("hex")];
    expect(verifyLedger(ledger, days)).toContain(
      "day 2026-12-02: the Merkle root of the added commitments does not match",
    );
  });

  it("fails when an earlier day is rewritten with consistent roots (the chain breaks)", () => {
    const { ledger, days } = published(entries);
    const forged = published([...entries.slice(0, 2), { day: "2026-12-01", kind: "ADD", commitment: commitment(98) }]);
    ledger.days[0] = forged.ledger.days[0]!;
    days.set("2026-12-01", forged.days.get("2026-12-01")!);
    expect(verifyLedger(ledger, days)).toContain("day 2026-12-02: not chained to the previous day");
  });

  it("fails when a correction is dropped, when the size is inflated, or when it differs from the public count", () => {
    const dropped = published(entries);
    dropped.days.get("2026-12-03")!.removed = [];
    expect(verifyLedger(dropped.ledger, dropped.days)).toContain(
      "day 2026-12-03: the lists do not have the published counts",
    );
    const inflated = published(entries);
    inflated.ledger.size = 5;
    expect(verifyLedger(inflated.ledger, inflated.days)).toContain(
      "the ledger says 5 signatures, its days add up to 4",
    );
    const miscounted = published(entries, 7);
    expect(verifyLedger(miscounted.ledger, miscounted.days)).toEqual(["the public count is 7, the ledger holds 4"]);
  });

  it("fails when one commitment is counted twice or removed without being counted", () => {
    const twice = published([...entries, { day: "2026-12-04", kind: "ADD", commitment: commitment(1) }]);
    expect(verifyLedger(twice.ledger, twice.days)).toContain(
      `day 2026-12-04: ${commitment(1).toString("hex")} counted 2 times`,
    );
    const ghost = published([...entries, { day: "2026-12-04", kind: "REMOVE", commitment: commitment(77) }]);
    expect(verifyLedger(ghost.ledger, ghost.days)).toContain(
      `day 2026-12-04: ${commitment(77).toString("hex")} removed without being in the count`,
    );
  });
});
