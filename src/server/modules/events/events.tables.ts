import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { day, recordColumns } from '../../db/columns.js';
import { eventAudienceEnum, eventKindEnum, levelEnum, participationRoleEnum } from '../../db/enums.js';
import { municipalities, people } from '../registry/registry.tables.js';

export const events = pgTable(
  'events',
  {
    ...recordColumns,
    code: text('code').notNull().unique(),
    title: text('title').notNull(),
    kind: eventKindEnum('kind').notNull(),
    level: levelEnum('level').notNull(),
    municipalityId: integer('municipality_id').references(() => municipalities.id),
    start: day('start').notNull(),
    end: day('end'),
    audience: eventAudienceEnum('audience')
      .array()
      .notNull()
      .default(sql`'{}'`),
  },
  (t) => [
    index('events_start_idx').on(t.start),
    index('events_municipality_idx').on(t.municipalityId, t.start),
    check('events_dates_ordered', sql`"end" is null or "end" >= start`),
  ],
);

export const participations = pgTable(
  'participations',
  {
    ...recordColumns,
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    role: participationRoleEnum('role').notNull().default('participant'),
    attended: boolean('attended').notNull().default(false),
  },
  (t) => [uniqueIndex('participations_natural_key').on(t.eventId, t.personId), index('participations_person_idx').on(t.personId)],
);
