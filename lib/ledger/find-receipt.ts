import "server-only";
import { db } from "@/lib/db/client";
import { getCurrentPetition } from "@/lib/petition/get-current-petition";
import { inclusionPath, merkleRoot, type PathStep } from "./merkle";
import { canonicalReceipt, commitmentOf } from "./receipt";

export type ReceiptCheck =
  | { status: "invalid" }
  | { status: "absent"; commitment: string }
  | {
      status: "found";
      commitment: string;
      /** The day it entered the count, its place among that day's sorted commitments, and the path to the day's root. */
      date: string;
      index: number;
      leafCount: number;
      path: PathStep[];
      addedRoot: string;
      /** The day a correction took it out of the count again, if one did and it was not counted again since. */
      removedOn: string | null;
    };

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Looks a receipt up in the published ledger, as anyone could with the published
 * lists: nothing here reads the signature it belongs to. Only the day it entered is
 * read, so a lookup costs one day's list, not the whole ledger.
 */
export async function findReceipt(receipt: string): Promise<ReceiptCheck> {
  if (!canonicalReceipt(receipt)) return { status: "invalid" };
  const hex = commitmentOf(receipt).toString("hex");
  const commitment = new Uint8Array(commitmentOf(receipt));
  const petition = await getCurrentPetition();
  if (!petition) return { status: "absent", commitment: hex };
  const mentions = await db.ledgerEntry.findMany({
    where: { petitionId: petition.id, commitment },
    select: { day: true, kind: true },
    orderBy: { id: "asc" },
  });
  const added = mentions.filter((entry) => entry.kind === "ADD");
  const addedOn = added.at(-1);
  if (!addedOn) return { status: "absent", commitment: hex };
  const removed = mentions.filter((entry) => entry.kind === "REMOVE");
  const date = dayOf(addedOn.day);
  const leaves = (
    await db.ledgerEntry.findMany({
      where: { petitionId: petition.id, day: addedOn.day, kind: "ADD" },
      select: { commitment: true },
    })
  )
    .map((row) => Buffer.from(row.commitment).toString("hex"))
    .sort();
  const index = leaves.indexOf(hex);
  const buffers = leaves.map((leaf) => Buffer.from(leaf, "hex"));
  return {
    status: "found",
    commitment: hex,
    date,
    index,
    leafCount: leaves.length,
    path: inclusionPath(buffers, index),
    addedRoot: merkleRoot(buffers).toString("hex"),
    removedOn: removed.length >= added.length ? dayOf(removed.at(-1)!.day) : null,
  };
}
