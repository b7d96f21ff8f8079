import { authoriseRouteRequest } from "@/lib/auth/session";
import { refreshPublicPages } from "@/lib/cache/refresh-public-pages";
import { setDetaineePhoto } from "@/lib/detainees/set-detainee-photo";
import { MAX_PHOTO_BYTES, processPhoto } from "@/lib/media/process-photo";

function back(_request: Request, id: string, outcome: string) {
  return new Response(null, {
    status: 303,
    headers: { Location: `/admin/detainees/${encodeURIComponent(id)}?photo=${outcome}`, "Cache-Control": "no-store" },
  });
}

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const staff = await authoriseRouteRequest(request, { stateChanging: true });
  if (staff instanceof Response) return staff;
  const { id } = await params;
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_PHOTO_BYTES + 64 * 1024) return back(request, id, "invalid");
  const form = await request.formData().catch(() => null);
  const file = form?.get("photo");
  if (!(file instanceof File) || file.size === 0) return back(request, id, "missing");
  if (file.size > MAX_PHOTO_BYTES) return back(request, id, "invalid");
  const jpeg = await processPhoto(Buffer.from(await file.arrayBuffer()));
  if (!jpeg) return back(request, id, "invalid");
  const detainee = await setDetaineePhoto(staff, id, jpeg);
  if (!detainee) return Response.json({ error: "No such profile." }, { status: 404 });
  refreshPublicPages();
  return back(request, id, "saved");
}
