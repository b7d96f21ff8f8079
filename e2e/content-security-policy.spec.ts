import { expect, test } from "@playwright/test";
import { createStaff, signIn } from "./support/staff";
import { testDb } from "./support/db";

test.afterAll(async () => {
  await testDb.$disconnect();
});

const scriptSrc = (policy: string | undefined) =>
  (policy ?? "")
    .split(";")
    .map((directive) => directive.trim())
    .find((directive) => directive.startsWith("script-src")) ?? "";

test("admin pages carry a fresh script nonce and no 'unsafe-inline' for scripts, and still work", async ({
  page,
  request,
}) => {
  const first = await request.get("/admin/sign-in");
  const second = await request.get("/admin/sign-in");
  const one = scriptSrc(first.headers()["content-security-policy"]);
  const two = scriptSrc(second.headers()["content-security-policy"]);
  expect(one).toMatch(/'nonce-[A-Za-z0-9+/=_-]{16,}'/);
  expect(one).not.toContain("'unsafe-inline'");
  expect(one, "a nonce is used once").not.toBe(two);
  // Every script Next rendered carries this response's nonce, so the browser runs it.
  const nonce = one.match(/'nonce-([^']+)'/)![1]!;
  const scripts = [...(await first.text()).matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);

  // A stored script in the page (what an XSS would plant) is blocked; the page's own scripts
  // run, so sign-in and the page still work.
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await signIn(page, await createStaff());
  await page.route("**/admin/detainees", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace("</body>", "<script>window.__injected = true</script></body>");
    await route.fulfill({ response, body: html });
  });
  await page.goto("/admin/detainees");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect.poll(() => violations.some((text) => /inline script/i.test(text))).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  // Next's own scripts ran: the client router is there.
  expect(await page.evaluate(() => typeof (window as unknown as { next?: unknown }).next)).toBe("object");
});

test("public pages keep one cacheable policy", async ({ request }) => {
  const home = await request.get("/");
  const policy = home.headers()["content-security-policy"];
  expect(scriptSrc(policy)).toBe("script-src 'self' 'unsafe-inline'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect((await request.get("/")).headers()["content-security-policy"]).toBe(policy);
});
