import { authoriseRouteRequest } from "@/lib/auth/session";
import { refreshPublicPages } from "@/lib/cache/refresh-public-pages";
import { setDetaineePhoto } from "@/lib/detainees/set-detainee-photo";
import { BodyTooLargeError, bufferedRequest, readBodyWithLimit } from "@/lib/http/read-body";
import { MAX_PHOTO_BYTES, processPhoto } from "@/lib/media/process-photo";

// The multipart envelope around the file: boundaries, headers, the form's other fields.
const ENVELOPE_BYTES = 64 * 1024;

function back(id: string, outcome: string) {
  return new Response(null, {
    status: 303,
    headers: { Location: `/admin/detainees/${encodeURIComponent(id)}?photo=${outcome}`, "Cache-Control": "no-store" },
  });
}

/** A refusal the browser shows as a page (the form posts without JavaScript): the message and a way back. */
function refuse(status: number, id: string, message: string) {
  const href = `/admin/detainees/${encodeURIComponent(id)}`;
  const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Photo not saved</title><main><h1>Photo not saved</h1><p role="alert">${escape(message)}</p><p><a href="${escape(href)}">Back to the profile</a></p></main></html>`;
  return new Response(html, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const staff = await authoriseRouteRequest(request, { stateChanging: true });
  if (staff instanceof Response) return staff;
  const { id } = await params;
  let form: FormData | null;
  try {
    const body = await readBodyWithLimit(request, MAX_PHOTO_BYTES + ENVELOPE_BYTES);
    form = await bufferedRequest(request, body)
      .formData()
      .catch(() => null);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return refuse(413, id, "The photo is larger than 10 MB.");
    throw error;
  }
  const file = form?.get("photo");
  if (!(file instanceof File) || file.size === 0) return back(id, "missing");
  if (file.size > MAX_PHOTO_BYTES) return refuse(413, id, "The photo is larger than 10 MB.");
  const photo = await processPhoto(Buffer.from(await file.arrayBuffer()));
  if (photo.status === "not-an-image") {
    return refuse(415, id, "That file is not a JPEG, PNG or WebP image, whatever its name says.");
  }
  if (photo.status === "unreadable") return refuse(422, id, "That image is damaged or too large to read.");
  const detainee = await setDetaineePhoto(staff, id, photo.jpeg);
  if (!detainee) return Response.json({ error: "No such profile." }, { status: 404 });
  refreshPublicPages();
  return back(id, "saved");
}
