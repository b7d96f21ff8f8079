import { openApiDocument } from "@/lib/api/openapi-document";
import { apiJson } from "@/lib/api/api-response";
import { siteOrigin } from "@/lib/site/absolute-url";

export const dynamic = "force-dynamic";

export function GET() {
  return apiJson(openApiDocument(siteOrigin()), { maxAge: 3600 });
}
