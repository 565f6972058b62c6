import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { day, recordColumns } from '../../db/columns.js';
import { people } from '../registry/registry.tables.js';

/** A programme of additional professional education (ДПО): courses, retraining. */
export const programmes = pgTable(
  'programmes',
  {
    ...recordColumns,
    code: text('code').notNull().unique(),
    title: text('title').notNull(),
    hours: integer('hours'),
    federalRegistry: boolean('federal_registry').notNull().default(false),
    forManagementTeams: boolean('for_management_teams').notNull().default(false),
    provider: text('provider'),
  },
  () => [check('programmes_hours_positive', sql`hours is null or hours > 0`)],
);

export const completions = pgTable(
  'completions',
  {
    ...recordColumns,
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    programmeId: integer('programme_id')
      .notNull()
      .references(() => programmes.id),
    start: day('start'),
    end: day('end').notNull(),
    certificate: text('certificate'),
  },
  (t) => [
    uniqueIndex('completions_natural_key').on(t.personId, t.programmeId, t.end),
    index('completions_end_idx').on(t.end, t.personId),
    check('completions_dates_ordered', sql`start is null or "end" >= start`),
  ],
);
