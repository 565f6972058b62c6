import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { day, recordColumns } from '../../db/columns.js';
import { communityKindEnum, communityLevelEnum, communityRoleEnum } from '../../db/enums.js';
import { municipalities, organizations, people } from '../registry/registry.tables.js';

/** A professional community: РМО/ГМО, creative group, Школа молодого педагога, council… */
export const communities = pgTable(
  'communities',
  {
    ...recordColumns,
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    kind: communityKindEnum('kind').notNull(),
    level: communityLevelEnum('level').notNull(),
    municipalityId: integer('municipality_id').references(() => municipalities.id),
    organizationId: integer('organization_id').references(() => organizations.id),
    start: day('start'),
    end: day('end'),
  },
  (t) => [
    index('communities_municipality_idx').on(t.municipalityId),
    index('communities_organization_idx').on(t.organizationId),
    check('communities_dates_ordered', sql`start is null or "end" is null or "end" >= start`),
  ],
);

export const communityMembers = pgTable(
  'community_members',
  {
    ...recordColumns,
    communityId: integer('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    role: communityRoleEnum('role').notNull().default('member'),
    start: day('start').notNull(),
    end: day('end'),
  },
  (t) => [
    uniqueIndex('community_members_natural_key').on(t.communityId, t.personId, t.start),
    index('community_members_person_idx').on(t.personId),
    check('community_members_dates_ordered', sql`"end" is null or "end" >= start`),
  ],
);
