import fs from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";

export type SinkMessage = {
  to: string[];
  subject: string;
  text: string;
  links: string[];
  receivedAt: string;
  /** The RFC 8058 headers, when the message has them (campaign mail). */
  listUnsubscribe?: string;
  listUnsubscribePost?: string;
};
export type LocalSmtpSink = { url: string; port: number; stop: () => Promise<void> };

/**
 * A real SMTP server on 127.0.0.1 that delivers nowhere: for development and tests
 * when SMTP_URL is not set, so mail never leaves the machine. Each message is kept
 * in `dir` (the raw .eml and a .json with recipients, subject, text and links) and
 * its links are logged, so a newcomer can confirm a signature from the console.
 */
export async function startLocalSmtpSink(options: {
  dir: string;
  port?: number;
  log: (line: string) => void;
}): Promise<LocalSmtpSink> {
  // Private: the mail holds signers' addresses and confirmation links.
  fs.mkdirSync(options.dir, { recursive: true, mode: 0o700 });
  let counter = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    banner: "Free Voices local mail sink",
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks);
        const to = session.envelope.rcptTo.map((rcpt) => rcpt.address);
        void store(raw, to).then(() => callback(), callback);
      });
    },
  });

  async function store(raw: Buffer, to: string[]) {
    const id = `${new Date().toISOString().replace(/[:.]/g, "-")}-${process.pid}-${++counter}`;
    fs.writeFileSync(path.join(options.dir, `${id}.eml`), raw, { mode: 0o600 });
    const { subject, text, listUnsubscribe, listUnsubscribePost } = await parse(raw);
    const links = [...text.matchAll(/https?:\/\/[^\s<>"]+/g)].map((match) => match[0]);
    const message: SinkMessage = {
      to,
      subject,
      text,
      links,
      receivedAt: new Date().toISOString(),
      listUnsubscribe,
      listUnsubscribePost,
    };
    // Written under a temporary name and renamed, so a reader never sees half a file.
    const file = path.join(options.dir, `${id}.json`);
    fs.writeFileSync(`${file}.tmp`, JSON.stringify(message, null, 2), { mode: 0o600 });
    fs.renameSync(`${file}.tmp`, file);
    options.log(`mail to ${to.join(", ")}: "${subject}"${links.length ? ` ${links.join(" ")}` : ""}`);
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  server.on("error", (error) => options.log(`mail sink error: ${error.message}`));
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

type Parsed = { subject: string; text: string; listUnsubscribe?: string; listUnsubscribePost?: string };

async function parse(raw: Buffer): Promise<Parsed> {
  try {
    // mailparser decodes quoted-printable, base64 and encoded headers properly.
    const { simpleParser } = await import("mailparser");
    const parsed = await simpleParser(raw);
    const header = (name: string) =>
      parsed.headerLines
        .find((line) => line.key === name)
        ?.line.replace(/\r?\n[ \t]+/g, " ")
        .replace(/^[^:]*:\s*/, "");
    return {
      subject: parsed.subject ?? "",
      text: parsed.text ?? "",
      listUnsubscribe: header("list-unsubscribe"),
      listUnsubscribePost: header("list-unsubscribe-post"),
    };
  } catch {
    const source = raw.toString("utf8");
    const subject = /^Subject: (.*)$/m.exec(source)?.[1] ?? "";
    const text = source
      .replace(/=\r?\n/g, "")
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return { subject, text };
  }
}
