import { bigint, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Append-only record of every change. A trigger (migration 0002_audit_append_only) refuses UPDATE, DELETE and TRUNCATE.
 * No foreign keys: an entry outlives the record and the user it names.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    userId: integer('user_id'),
    userLogin: text('user_login'),
    action: text('action', { enum: ['create', 'update', 'delete', 'import', 'login', 'logout', 'login_failed', 'password'] }).notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    entityLabel: text('entity_label'),
    /** The card whose history shows the entry, `person:12`: the record itself, or its owner for a person's employment. */
    subject: text('subject'),
    /** Territory of the record, for the municipal head's scoped view. */
    municipalityIds: integer('municipality_ids').array(),
    changes: jsonb('changes'),
  },
  (t) => [
    index('audit_log_entity_idx').on(t.entity, t.entityId),
    index('audit_log_subject_idx').on(t.subject, t.id),
    index('audit_log_at_idx').on(t.at),
  ],
);
