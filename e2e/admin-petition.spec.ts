import crypto from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { testDb } from "./support/db";
import { generateSync } from "otplib";
import { createStaff, sessionCookie, signIn, type TestStaff } from "./support/staff";

test.afterAll(async () => {
  await testDb.$disconnect();
});

/**
 * An admin session set as a cookie (the sign-in pages are tested elsewhere), so every
 * code from the three 30-second windows the server accepts is still unused; each is
 * handed out once.
 */
async function signInForCodes(page: Page, staff: TestStaff) {
  const cookie = await sessionCookie(staff.id);
  await page.context().addCookies([{ ...cookie, expires: -1, secure: false }]);
  const used = new Set<number>();
  return () => {
    const now = Math.floor(Date.now() / 30_000);
    const window = [now, now + 1, now - 1].find((w) => !used.has(w))!;
    used.add(window);
    return generateSync({ secret: staff.secret!, epoch: window * 30 });
  };
}

async function addSignatures(tag: string) {
  const petition = await testDb.petition.findFirstOrThrow({ select: { id: true, goal: true } });
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
  return petition;
}

const statuses = (tag: string) =>
  testDb.signature.findMany({
    where: { name: { contains: tag } },
    select: { name: true, status: true },
    orderBy: { name: "asc" },
  });

async function previewSuspects(page: Page, tag: string) {
  await page.goto("/admin/petition");
  await expect(page.getByRole("cell", { name: `Bot One ${tag}` })).toBeVisible();
  await page.getByLabel("Suspect", { exact: true }).selectOption("yes");
  await page.getByLabel("Name contains").fill(tag);
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("status").filter({ hasText: "This filter matches 2 signatures." })).toBeVisible();
}

test("an editor reviews suspects and sets the goal, but cannot invalidate, export, or close the petition", async ({
  page,
  request,
}) => {
  const tag = crypto.randomBytes(4).toString("hex");
  const petition = await addSignatures(tag);
  await signIn(page, await createStaff());
  await previewSuspects(page, tag);
  await expect(page.getByText("Only an admin can invalidate signatures.")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Invalidate/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Approve 2 signatures as genuine" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Download confirmed signatures (CSV)" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Close the petition|Open the petition/ })).toHaveCount(0);

  await page.getByLabel("Goal (signatures)").fill("not a number");
  await page.getByRole("button", { name: "Set goal" }).click();
  await expect(page.getByText("Enter a number.")).toBeVisible();
  await page.getByLabel("Goal (signatures)").fill("25000");
  await page.getByRole("button", { name: "Set goal" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Goal set to 25,000." })).toBeVisible();
  expect((await testDb.petition.findUniqueOrThrow({ where: { id: petition.id }, select: { goal: true } })).goal).toBe(
    25000,
  );
  await testDb.petition.update({ where: { id: petition.id }, data: { goal: petition.goal } });
  // The old GET link downloads nothing, whoever follows it.
  expect((await request.get(`/admin/petition/export?petitionId=${petition.id}`)).status()).toBe(405);
});

test("an admin invalidates in bulk with a fresh code, and undoes it from its entry", async ({ page }) => {
  const tag = crypto.randomBytes(4).toString("hex");
  const petition = await addSignatures(tag);
  const admin = await createStaff({ role: "ADMIN" });
  const nextCode = await signInForCodes(page, admin);
  await previewSuspects(page, tag);
  const invalidate = page
    .locator("form")
    .filter({ has: page.getByRole("button", { name: "Invalidate 2 signatures" }) });
  await invalidate.getByLabel("Reason (kept with each signature)").fill("Automated burst from one network");
  await invalidate.getByLabel("Authenticator code").fill("000000");
  await invalidate.getByRole("button", { name: "Invalidate 2 signatures" }).click();
  await expect(invalidate.getByText("That code is wrong or was used already.", { exact: false })).toBeVisible();
  expect((await statuses(tag)).map((row) => row.status)).toEqual(["CONFIRMED", "CONFIRMED", "CONFIRMED"]);

  await invalidate.getByLabel("Authenticator code").fill(nextCode());
  await invalidate.getByRole("button", { name: "Invalidate 2 signatures" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 signatures invalidated." })).toBeVisible();
  expect(await statuses(tag)).toEqual([
    { name: `Bot One ${tag}`, status: "INVALIDATED" },
    { name: `Bot Two ${tag}`, status: "INVALIDATED" },
    { name: `Real Person ${tag}`, status: "CONFIRMED" },
  ]);

  const undo = page.locator("li").filter({ hasText: "Automated burst from one network" }).first();
  await undo.getByLabel("Authenticator code").fill(nextCode());
  await undo.getByRole("button", { name: "Undo: restore 2 signatures" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 signatures restored." })).toBeVisible();
  expect((await statuses(tag)).map((row) => row.status)).toEqual(["CONFIRMED", "CONFIRMED", "CONFIRMED"]);
  const audit = await testDb.auditLog.findMany({ where: { entityId: petition.id }, select: { action: true } });
  expect(audit.map((a) => a.action)).toEqual(
    expect.arrayContaining(["invalidate-signatures", "undo-invalidate-signatures"]),
  );
});

test("an admin exports signers for delivery with a fresh code; a wrong or reused code downloads nothing", async ({
  page,
}) => {
  const tag = crypto.randomBytes(4).toString("hex");
  const petition = await addSignatures(tag);
  const admin = await createStaff({ role: "ADMIN" });
  const nextCode = await signInForCodes(page, admin);
  await page.goto("/admin/petition");
  const form = page.locator("#export form");
  await form.getByLabel("Authenticator code").fill("000000");
  await form.getByRole("button", { name: "Download confirmed signatures (CSV)" }).click();
  await expect(
    page.locator("#export").getByText("That code is wrong or was used already.", { exact: false }),
  ).toBeVisible();

  const fresh = nextCode();
  await form.getByLabel("Authenticator code").fill(fresh);
  const download = page.waitForEvent("download");
  await form.getByRole("button", { name: "Download confirmed signatures (CSV)" }).click();
  const csv = await (await download).createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  });
  expect(csv.split("\n")[0]).toBe("name,country,confirmed_at");
  expect(csv).toContain(`Real Person ${tag},AZ,`);
  expect(csv).not.toContain(`Bot One ${tag}`);

  // The same code again: refused.
  await page.goto("/admin/petition");
  await form.getByLabel("Authenticator code").fill(fresh);
  await form.getByRole("button", { name: "Download confirmed signatures (CSV)" }).click();
  await expect(
    page.locator("#export").getByText("That code is wrong or was used already.", { exact: false }),
  ).toBeVisible();
  const exports = await testDb.auditLog.count({
    where: { entityId: petition.id, action: "export-signatures", actorId: admin.id },
  });
  expect(exports).toBe(1);
});
