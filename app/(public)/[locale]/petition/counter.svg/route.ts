import { counterResponse } from "@/lib/petition/counter-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return counterResponse(request, (await params).locale, "svg");
}
