import "server-only";
import { z } from "zod";

// The error answers, as schemas: the OpenAPI document is generated from them.
export const apiInvalidParametersSchema = z.strictObject({
  error: z.literal("invalid_parameters"),
  message: z.string(),
  fieldErrors: z.record(z.string(), z.array(z.string())).meta({
    description: "What is wrong with each parameter, by name; an unknown parameter is named too.",
    examples: [{ limit: ["a whole number"] }],
  }),
});
export const apiNotFoundSchema = z.strictObject({ error: z.literal("not_found"), message: z.string() });

/**
 * JSON answers of the public API. Read-only and public, so any site may read them
 * (CORS *), and shared caches may keep them for a minute.
 */
export function apiJson(data: unknown, init: { status?: number; maxAge?: number } = {}): Response {
  const maxAge = init.maxAge ?? 60;
  return Response.json(data, {
    status: init.status ?? 200,
    headers: {
      "Cache-Control":
        init.status && init.status >= 400 ? "no-store" : `public, max-age=${maxAge}, stale-while-revalidate=${maxAge}`,
      "Access-Control-Allow-Origin": "*",
    },
  });
}

/** 400 with the problem per parameter, never a stack trace. */
export function apiBadRequest(fieldErrors: Record<string, string[]>): Response {
  return apiJson(
    { error: "invalid_parameters", message: "Some query parameters are not valid.", fieldErrors } satisfies z.infer<
      typeof apiInvalidParametersSchema
    >,
    { status: 400 },
  );
}

export function apiNotFound(what: string): Response {
  return apiJson(
    { error: "not_found", message: `No published ${what} has this slug.` } satisfies z.infer<typeof apiNotFoundSchema>,
    { status: 404 },
  );
}
