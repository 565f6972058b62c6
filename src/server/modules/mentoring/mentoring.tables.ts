import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, uniqueIndex } from 'drizzle-orm/pg-core';
import { day, recordColumns } from '../../db/columns.js';
import { organizations, people } from '../registry/registry.tables.js';

export const mentoringPairs = pgTable(
  'mentoring_pairs',
  {
    ...recordColumns,
    mentorId: integer('mentor_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    menteeId: integer('mentee_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    organizationId: integer('organization_id').references(() => organizations.id),
    start: day('start').notNull(),
    end: day('end'),
  },
  (t) => [
    uniqueIndex('mentoring_pairs_natural_key').on(t.mentorId, t.menteeId, t.start),
    index('mentoring_pairs_mentee_idx').on(t.menteeId),
    check('mentoring_pairs_distinct', sql`mentor_id <> mentee_id`),
    check('mentoring_pairs_dates_ordered', sql`"end" is null or "end" >= start`),
  ],
);
