import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { day, recordColumns } from '../../db/columns.js';
import { consultationOutcomeEnum, levelEnum } from '../../db/enums.js';
import { people } from '../registry/registry.tables.js';

/** A request for methodical help and its answer (000 §2.4). */
export const consultations = pgTable(
  'consultations',
  {
    ...recordColumns,
    code: text('code').notNull().unique(),
    requesterId: integer('requester_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    date: day('date').notNull(),
    assigneeId: integer('assignee_id').references(() => people.id, { onDelete: 'set null' }),
    assigneeLevel: levelEnum('assignee_level'),
    resolvedOn: day('resolved_on'),
    outcome: consultationOutcomeEnum('outcome'),
  },
  (t) => [
    index('consultations_requester_idx').on(t.requesterId, t.date),
    check('consultations_resolved_after_request', sql`resolved_on is null or resolved_on >= date`),
  ],
);
