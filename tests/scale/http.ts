import http from "node:http";

export type HttpAnswer = { status: number; headers: http.IncomingHttpHeaders; text: string };

/**
 * One HTTP request from a chosen loopback source address (127.x.y.z), so that nginx sees
 * many clients: its rate limits and the app's are per address. Network errors come back
 * as status 0, as a browser would see "could not connect".
 */
export function request(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; from?: string } = {},
): Promise<HttpAnswer> {
  return new Promise((resolve) => {
    const target = new URL(url);
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: options.method ?? "GET",
        headers: options.headers,
        localAddress: options.from,
        agent: false,
        timeout: 30000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString("utf8") }),
        );
        res.on("error", () => resolve({ status: 0, headers: {}, text: "" }));
      },
    );
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", () => resolve({ status: 0, headers: {}, text: "" }));
    req.end(options.body);
  });
}

/** The n-th client address on loopback (127.1.0.1, 127.1.0.2, ...), all routed to lo on Linux. */
export function clientAddress(n: number): string {
  return `127.${1 + Math.floor(n / 62500)}.${Math.floor(n / 250) % 250}.${(n % 250) + 1}`;
}

/**
 * Submits a page's server-action form as a browser without JavaScript does: every hidden field of the
 * form, as multipart/form-data, to the page's own address (a server action).
 */
export async function submitFormWithoutJavaScript(
  pageUrl: string,
  options: { from?: string; origin: string },
): Promise<HttpAnswer> {
  const page = await request(pageUrl, { from: options.from });
  const form = [...page.text.matchAll(/<form[^>]*>([\s\S]*?)<\/form>/g)]
    .map((match) => match[1]!)
    .find((inner) => inner.includes("$ACTION_"));
  if (page.status !== 200 || !form) return page;
  const boundary = `----scale${Date.now().toString(16)}`;
  const fields = [...form.matchAll(/<input([^>]*)>/g)]
    .map((match) => ({
      name: match[1]!.match(/name="([^"]*)"/)?.[1],
      value: decodeEntities(match[1]!.match(/value="([^"]*)"/)?.[1] ?? ""),
    }))
    .filter((field): field is { name: string; value: string } => Boolean(field.name));
  const body = fields
    .map((field) => `--${boundary}\r\nContent-Disposition: form-data; name="${field.name}"\r\n\r\n${field.value}\r\n`)
    .join("")
    .concat(`--${boundary}--\r\n`);
  return request(pageUrl, {
    method: "POST",
    from: options.from,
    headers: { "content-type": `multipart/form-data; boundary=${boundary}`, origin: options.origin },
    body,
  });
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
