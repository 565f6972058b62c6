import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { day, recordColumns } from '../../db/columns.js';
import { people } from '../registry/registry.tables.js';

export const diagnostics = pgTable(
  'diagnostics',
  {
    ...recordColumns,
    code: text('code').notNull().unique(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    date: day('date').notNull(),
  },
  (t) => [index('diagnostics_person_idx').on(t.personId, t.date)],
);

/** A professional deficit found by a diagnostic; belongs to it and is replaced with it. */
export const deficits = pgTable(
  'deficits',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    diagnosticId: integer('diagnostic_id')
      .notNull()
      .references(() => diagnostics.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    competency: text('competency').notNull(),
    level: text('level'),
  },
  (t) => [
    index('deficits_diagnostic_idx').on(t.diagnosticId, t.position),
    index('deficits_competency_idx').on(sql`lower(${t.competency})`),
  ],
);
