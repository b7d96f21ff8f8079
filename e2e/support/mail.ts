import fs from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";

type SinkMessage = {
  to: string[];
  subject: string;
  text: string;
  links: string[];
  listUnsubscribe?: string;
  listUnsubscribePost?: string;
};

/**
 * Waits for the app's SMTP sink to receive a message for `address` (compared without case: mailers lower-case domains), and returns it.
 * `exclude`: links of messages already seen, to wait for a newer one.
 */
export async function waitForMail(
  address: string,
  subject?: RegExp,
  options: { exclude?: string[] } = {},
): Promise<SinkMessage> {
  const dir = process.env.E2E_MAIL_DIR ?? "";
  let found: SinkMessage | undefined;
  await expect
    .poll(
      () => {
        const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((file) => file.endsWith(".json")) : [];
        found = files
          .map((file) => JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as SinkMessage)
          .find(
            (message) =>
              message.to.some((to) => to.toLowerCase() === address.toLowerCase()) &&
              (!subject || subject.test(message.subject)) &&
              !message.links.some((link) => options.exclude?.includes(link)),
          );
        return Boolean(found);
      },
      { timeout: 20_000, message: `mail to ${address}` },
    )
    .toBe(true);
  return found!;
}
