import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { day, recordColumns } from '../../db/columns.js';
import { activityKindEnum, routeStatusEnum } from '../../db/enums.js';
import { programmes } from '../development/development.tables.js';
import { diagnostics } from '../diagnostics/diagnostics.tables.js';
import { people } from '../registry/registry.tables.js';

/** An individual educational route (ИОМ). */
export const routes = pgTable(
  'routes',
  {
    ...recordColumns,
    code: text('code').notNull().unique(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    status: routeStatusEnum('status').notNull().default('draft'),
    start: day('start'),
    end: day('end'),
    methodistId: integer('methodist_id').references(() => people.id, { onDelete: 'set null' }),
    diagnosticId: integer('diagnostic_id').references(() => diagnostics.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('routes_person_idx').on(t.personId),
    index('routes_methodist_idx').on(t.methodistId),
    check('routes_dates_ordered', sql`start is null or "end" is null or "end" >= start`),
  ],
);

/** A step of a route; belongs to it and is replaced with it. */
export const routeActivities = pgTable(
  'route_activities',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    routeId: integer('route_id')
      .notNull()
      .references(() => routes.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    kind: activityKindEnum('kind').notNull(),
    programmeId: integer('programme_id').references(() => programmes.id),
    plannedEnd: day('planned_end'),
    completedOn: day('completed_on'),
  },
  (t) => [index('route_activities_route_idx').on(t.routeId, t.position), index('route_activities_programme_idx').on(t.programmeId)],
);
