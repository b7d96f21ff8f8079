import { expect, test } from "@playwright/test";
import { e2eOnionLocation } from "../playwright.config";

// The server was started with ONION_LOCATION (playwright.config.ts) but built without
// knowing it: both the header and the footer link come from run-time configuration.
test("every page points Tor Browser at the same page on the onion service", async ({ request }) => {
  for (const path of ["/", "/az/detainees/uzeyir-mammadov", "/ru/petition", "/statements"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["onion-location"], path).toBe(new URL(path, e2eOnionLocation).toString());
  }
});

test("the footer links to the onion service in the reader's language", async ({ page }) => {
  await page.goto("/az/press");
  const link = page.getByRole("contentinfo").getByRole("link", { name: "Bu saytı Tor Browser-də açın (onion ünvanı)" });
  await expect(link).toHaveAttribute("href", new URL("/az", e2eOnionLocation).toString());
  await page.goto("/detainees");
  await expect(
    page.getByRole("contentinfo").getByRole("link", { name: "Open this site in Tor Browser (onion address)" }),
  ).toHaveAttribute("href", e2eOnionLocation);
});
