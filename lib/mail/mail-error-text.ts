// What the outbox keeps of a failed delivery, for staff to diagnose a broken mail server:
// the SMTP code and the server's words, never the recipient. Servers quote the address
// they refuse ("550 5.1.1 <leyla@example.org>: Recipient address rejected"), and an
// error column would otherwise keep a signer's address after the row's own was erased.
const ADDRESS = /[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+/g;

export function mailErrorText(error: unknown): string {
  const details = (error ?? {}) as { code?: unknown; responseCode?: unknown; command?: unknown; message?: unknown };
  const message = typeof details.message === "string" ? details.message : String(error);
  const parts = [
    typeof details.code === "string" ? details.code : null,
    typeof details.responseCode === "number" ? String(details.responseCode) : null,
    typeof details.command === "string" ? details.command.split(" ")[0] : null,
    message.replace(ADDRESS, "<address>"),
  ];
  return parts.filter(Boolean).join(" ").slice(0, 500);
}
