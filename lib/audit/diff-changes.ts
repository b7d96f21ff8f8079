// Field names whose values must never reach the audit log, whatever table they are on.
const SECRET_FIELDS = /password|totp|secret|token|hash|encrypted/i;

export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

function comparable(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value === undefined || value === "") return null;
  return value;
}

/** Field-level from→to for the fields that differ; secret fields are recorded as changed, never their values. */
export function diffChanges(before: Record<string, unknown> | null, after: Record<string, unknown>): FieldChanges {
  const changes: FieldChanges = {};
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  for (const field of fields) {
    if (field === "version" || field === "updatedAt" || field === "createdAt") continue;
    if (!(field in after)) continue;
    const from = comparable(before?.[field]);
    const to = comparable(after[field]);
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    changes[field] = SECRET_FIELDS.test(field) ? { from: "[secret]", to: "[secret]" } : { from, to };
  }
  return changes;
}
