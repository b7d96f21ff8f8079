import { BodyTooLargeError, bufferedRequest, readBodyWithLimit } from "./read-body";

// The multipart envelope around the file: boundaries, headers, the form's other fields.
const ENVELOPE_BYTES = 64 * 1024;

/**
 * The one file of an upload form, read with a byte cap (never trusting Content-Length):
 * "too-large" past `maxBytes`, "missing" when the field holds no file.
 */
export async function readUploadedFile(
  request: Request,
  field: string,
  maxBytes: number,
): Promise<{ status: "ok"; bytes: Buffer } | { status: "too-large" } | { status: "missing" }> {
  let form: FormData | null;
  try {
    const body = await readBodyWithLimit(request, maxBytes + ENVELOPE_BYTES);
    form = await bufferedRequest(request, body)
      .formData()
      .catch(() => null);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return { status: "too-large" };
    throw error;
  }
  const file = form?.get(field);
  if (!(file instanceof File) || file.size === 0) return { status: "missing" };
  if (file.size > maxBytes) return { status: "too-large" };
  return { status: "ok", bytes: Buffer.from(await file.arrayBuffer()) };
}

/** A refusal the browser shows as a page (upload forms post without JavaScript): the message and a way back. */
export function uploadRefusalPage(
  status: number,
  page: { lang: string; title: string; message: string; backHref: string; backLabel: string },
): Response {
  const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const html = `<!doctype html><html lang="${escape(page.lang)}"><meta charset="utf-8"><title>${escape(page.title)}</title><main><h1>${escape(page.title)}</h1><p role="alert">${escape(page.message)}</p><p><a href="${escape(page.backHref)}">${escape(page.backLabel)}</a></p></main></html>`;
  return new Response(html, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}
