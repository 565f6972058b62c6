import { index, integer, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { day, recordColumns } from '../../db/columns.js';
import { practiceStatusEnum } from '../../db/enums.js';
import { people } from '../registry/registry.tables.js';

/** A pedagogical or managerial practice submitted to the bank (001 §13). */
export const practices = pgTable('practices', {
  ...recordColumns,
  code: text('code').notNull().unique(),
  title: text('title').notNull(),
  status: practiceStatusEnum('status').notNull().default('submitted'),
  publishedOn: day('published_on'),
});

export const practiceAuthors = pgTable(
  'practice_authors',
  {
    practiceId: integer('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.practiceId, t.personId] }), index('practice_authors_person_idx').on(t.personId)],
);

/** A declaration of intent to apply a practice (000 §4.2). */
export const practiceAdoptions = pgTable(
  'practice_adoptions',
  {
    ...recordColumns,
    practiceId: integer('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    date: day('date').notNull(),
  },
  (t) => [
    uniqueIndex('practice_adoptions_natural_key').on(t.practiceId, t.personId),
    index('practice_adoptions_person_idx').on(t.personId),
  ],
);
