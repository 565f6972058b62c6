import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { day, recordColumns } from '../../db/columns.js';
import {
  activeKindEnum,
  activeLevelEnum,
  attestationCategoryEnum,
  employmentCategoryEnum,
  employmentTypeEnum,
  organizationFlagEnum,
  organizationKindEnum,
} from '../../db/enums.js';

export const regions = pgTable('regions', {
  ...recordColumns,
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  /** Region settings (thresholds, reporting dates, profile); shaped by the monitoring module. */
  settings: jsonb('settings').notNull().default({}),
});

export const municipalities = pgTable(
  'municipalities',
  {
    ...recordColumns,
    code: text('code').notNull().unique(),
    regionId: integer('region_id')
      .notNull()
      .references(() => regions.id),
    name: text('name').notNull(),
  },
  (t) => [index('municipalities_region_idx').on(t.regionId)],
);

export const organizations = pgTable(
  'organizations',
  {
    ...recordColumns,
    code: text('code').notNull().unique(),
    municipalityId: integer('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    name: text('name').notNull(),
    shortName: text('short_name'),
    kind: organizationKindEnum('kind').notNull(),
    flags: organizationFlagEnum('flags')
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** When a person last confirmed the flags; null = never reviewed (a data-quality warning). */
    flagsReviewedAt: timestamp('flags_reviewed_at', { withTimezone: true }),
    address: text('address'),
  },
  (t) => [
    index('organizations_municipality_idx').on(t.municipalityId),
    index('organizations_name_trgm_idx').using('gin', sql`lower(${t.name}) gin_trgm_ops`),
  ],
);

export const people = pgTable(
  'people',
  {
    ...recordColumns,
    code: text('code').notNull().unique(),
    lastName: text('last_name').notNull(),
    firstName: text('first_name').notNull(),
    middleName: text('middle_name'),
    birthDate: day('birth_date'),
    careerStart: day('career_start'),
    email: text('email'),
    phone: text('phone'),
    snils: text('snils'),
    /** «Фамилия Имя Отчество» folded for search: lower case, ё as е. */
    searchName: text('search_name').generatedAlwaysAs(
      sql`translate(lower(last_name || ' ' || first_name || ' ' || coalesce(middle_name, '')), 'ё', 'е')`,
    ),
  },
  (t) => [
    index('people_search_trgm_idx').using('gin', sql`${t.searchName} gin_trgm_ops`),
    index('people_natural_idx').on(t.lastName, t.firstName, t.birthDate),
    // Roster import matches a person by folded ФИО and birth date.
    index('people_search_birth_idx').on(t.searchName, t.birthDate),
    // A person is matched across the region by SNILS first (roster import, a new card).
    index('people_snils_idx').on(t.snils),
    check('people_career_after_birth', sql`career_start is null or birth_date is null or career_start > birth_date`),
  ],
);

export const employments = pgTable(
  'employments',
  {
    ...recordColumns,
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    organizationId: integer('organization_id')
      .notNull()
      .references(() => organizations.id),
    position: text('position').notNull(),
    category: employmentCategoryEnum('category').notNull(),
    start: day('start').notNull(),
    end: day('end'),
    subjects: text('subjects')
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** Основное место работы or совместительство: a part-timer's second job is a second employment. */
    type: employmentTypeEnum('type').notNull().default('main'),
    /** Табельный номер: the employer's number, repeated across schools; not the person's region-wide code. */
    personnelNumber: text('personnel_number'),
  },
  (t) => [
    uniqueIndex('employments_natural_key').on(t.personId, t.organizationId, t.position, t.start, t.type),
    index('employments_organization_idx').on(t.organizationId, t.personId),
    index('employments_person_idx').on(t.personId),
    check('employments_dates_ordered', sql`"end" is null or "end" >= start`),
  ],
);

export const attestations = pgTable(
  'attestations',
  {
    ...recordColumns,
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    category: attestationCategoryEnum('category').notNull(),
    date: day('date').notNull(),
  },
  (t) => [uniqueIndex('attestations_natural_key').on(t.personId, t.category, t.date)],
);

export const activeMemberships = pgTable(
  'active_memberships',
  {
    ...recordColumns,
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    kind: activeKindEnum('kind').notNull(),
    level: activeLevelEnum('level').notNull(),
    start: day('start').notNull(),
    end: day('end'),
  },
  (t) => [
    uniqueIndex('active_memberships_natural_key').on(t.personId, t.kind, t.level, t.start),
    check('active_memberships_dates_ordered', sql`"end" is null or "end" >= start`),
  ],
);
