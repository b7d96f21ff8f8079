import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
import { testDb } from "./support/db";
import { createStaff, signIn } from "./support/staff";

test.afterAll(async () => {
  await testDb.$disconnect();
});

test("staff review suspect signatures, invalidate them after a preview, set the goal and export for delivery", async ({
  page,
}) => {
  const petition = await testDb.petition.findFirstOrThrow({ select: { id: true, goal: true } });
  const tag = crypto.randomBytes(4).toString("hex");
  const signature = (name: string, suspect: boolean) => ({
    petitionId: petition.id,
    emailHash: new Uint8Array(crypto.randomBytes(32)),
    name,
    country: "AZ",
    consentVersion: 1,
    status: "CONFIRMED" as const,
    confirmedAt: new Date(),
    suspect,
    suspectReason: suspect ? `burst ${tag}` : null,
  });
  await testDb.signature.createMany({
    data: [
      signature(`Bot One ${tag}`, true),
      signature(`Bot Two ${tag}`, true),
      signature(`Real Person ${tag}`, false),
    ],
  });

  await signIn(page, await createStaff());
  await page.goto("/admin/petition");
  await expect(page.getByRole("cell", { name: `Bot One ${tag}` })).toBeVisible();

  await page.getByLabel("Suspect", { exact: true }).selectOption("yes");
  await page.getByLabel("Name contains").fill(tag);
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("status").filter({ hasText: "This filter matches 2 signatures." })).toBeVisible();
  await page.getByLabel("Reason (kept with each signature)").fill("Automated burst from one network");
  await page.getByRole("button", { name: "Invalidate 2 signatures" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 signatures invalidated." })).toBeVisible();
  const rows = await testDb.signature.findMany({
    where: { name: { contains: tag } },
    select: { name: true, status: true },
    orderBy: { name: "asc" },
  });
  expect(rows).toEqual([
    { name: `Bot One ${tag}`, status: "INVALIDATED" },
    { name: `Bot Two ${tag}`, status: "INVALIDATED" },
    { name: `Real Person ${tag}`, status: "CONFIRMED" },
  ]);

  await page.getByLabel("Goal (signatures)").fill("not a number");
  await page.getByRole("button", { name: "Set goal" }).click();
  await expect(page.getByText("Enter a number.")).toBeVisible();
  await page.getByLabel("Goal (signatures)").fill("25000");
  await page.getByRole("button", { name: "Set goal" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Goal set to 25,000." })).toBeVisible();
  expect((await testDb.petition.findUniqueOrThrow({ where: { id: petition.id }, select: { goal: true } })).goal).toBe(
    25000,
  );

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download confirmed signatures (CSV)" }).click();
  const csv = await (await download).createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  });
  expect(csv.split("\n")[0]).toBe("name,country,confirmed_at");
  expect(csv).toContain(`Real Person ${tag},AZ,`);
  expect(csv).not.toContain(`Bot One ${tag}`);
  const audit = await testDb.auditLog.findMany({ where: { entityId: petition.id }, select: { action: true } });
  expect(audit.map((a) => a.action)).toEqual(
    expect.arrayContaining(["invalidate-signatures", "update", "export-signatures"]),
  );
  await testDb.petition.update({ where: { id: petition.id }, data: { goal: petition.goal } });
});
