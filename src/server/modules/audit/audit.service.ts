import type { Principal } from '../../auth/principal.js';
import type { Executor } from '../../db/client.js';
import { auditLog } from './audit.tables.js';

type AuditAction = (typeof auditLog.$inferInsert)['action'];

export interface AuditEntry {
  action: AuditAction;
  entity: string;
  entityId?: string | number | null;
  entityLabel?: string | null;
  /** The card the entry belongs to when it is not the record itself (`person:12` for an employment). */
  subject?: string | null;
  municipalityIds?: number[] | null;
  changes?: Record<string, unknown> | null;
}

/** Fields never written to the audit log, whatever record they appear in. */
const secretFields = new Set(['passwordHash', 'password', 'idHash', 'csrfToken', 'token']);

/** Appends one entry. Call inside the transaction of the change, so both land or neither. */
export async function audit(db: Executor, actor: Principal | null, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    userId: actor?.userId ?? null,
    userLogin: actor?.login ?? null,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
    entityLabel: entry.entityLabel ?? null,
    subject: entry.subject ?? (entry.entityId === undefined || entry.entityId === null ? null : `${entry.entity}:${entry.entityId}`),
    municipalityIds: entry.municipalityIds?.length ? [...new Set(entry.municipalityIds)] : null,
    changes: entry.changes ?? null,
  });
}

/** `{ field: { from, to } }` for the fields whose values differ; secrets and timestamps left out. */
export function diff(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Record<string, { from: unknown; to: unknown }> {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (secretFields.has(key) || key === 'createdAt' || key === 'updatedAt' || key === 'searchName') continue;
    const from = before?.[key] ?? null;
    const to = after?.[key] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) out[key] = { from: normalize(from), to: normalize(to) };
  }
  return out;
}

const normalize = (value: unknown) => (value instanceof Date ? value.toISOString() : value);
