import { authoriseRouteRequest } from "@/lib/auth/session";
import { refreshPublicPages } from "@/lib/cache/refresh-public-pages";
import { setDetaineePhoto } from "@/lib/detainees/set-detainee-photo";
import { readUploadedFile, uploadRefusalPage } from "@/lib/http/read-uploaded-file";
import { MAX_PHOTO_BYTES, processPhoto } from "@/lib/media/process-photo";

function back(id: string, outcome: string) {
  return new Response(null, {
    status: 303,
    headers: { Location: `/admin/detainees/${encodeURIComponent(id)}?photo=${outcome}`, "Cache-Control": "no-store" },
  });
}

function refuse(status: number, id: string, message: string) {
  return uploadRefusalPage(status, {
    lang: "en",
    title: "Photo not saved",
    message,
    backHref: `/admin/detainees/${encodeURIComponent(id)}`,
    backLabel: "Back to the profile",
  });
}

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const staff = await authoriseRouteRequest(request, { stateChanging: true });
  if (staff instanceof Response) return staff;
  const { id } = await params;
  const upload = await readUploadedFile(request, "photo", MAX_PHOTO_BYTES);
  if (upload.status === "too-large") return refuse(413, id, "The photo is larger than 10 MB.");
  if (upload.status === "missing") return back(id, "missing");
  const photo = await processPhoto(upload.bytes);
  if (photo.status === "not-an-image") {
    return refuse(415, id, "That file is not a JPEG, PNG or WebP image, whatever its name says.");
  }
  if (photo.status === "unreadable") return refuse(422, id, "That image is damaged or too large to read.");
  const detainee = await setDetaineePhoto(staff, id, photo.jpeg);
  if (!detainee) return Response.json({ error: "No such profile." }, { status: 404 });
  refreshPublicPages();
  return back(id, "saved");
}
