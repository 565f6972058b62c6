import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { recordColumns } from '../db/columns.js';
import { roleEnum } from '../db/enums.js';
import { municipalities, organizations, people } from '../modules/registry/registry.tables.js';

export const users = pgTable('users', {
  ...recordColumns,
  /** Stored lower-case; logins compare case-insensitively. */
  login: text('login').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  displayName: text('display_name').notNull(),
  personId: integer('person_id').references(() => people.id, { onDelete: 'set null' }),
  active: boolean('active').notNull().default(true),
  passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One role of a user with the territory it is bound to. Exactly the column the role's scope kind
 * needs is set: none for the region, a municipality, an organization, or nothing but the user's own person.
 */
export const userRoles = pgTable(
  'user_roles',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: roleEnum('role').notNull(),
    municipalityId: integer('municipality_id').references(() => municipalities.id, { onDelete: 'cascade' }),
    organizationId: integer('organization_id').references(() => organizations.id, { onDelete: 'cascade' }),
  },
  (t) => [
    index('user_roles_user_idx').on(t.userId),
    uniqueIndex('user_roles_unique').on(t.userId, t.role, sql`coalesce(municipality_id, 0)`, sql`coalesce(organization_id, 0)`),
    check('user_roles_single_territory', sql`municipality_id is null or organization_id is null`),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie token: a leaked table does not give live sessions. */
    idHash: text('id_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * Login attempts not (yet) successful, counted per account and per address for the rate limit;
 * a successful login clears the account's rows.
 */
export const loginFailures = pgTable(
  'login_failures',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    login: text('login').notNull(),
    ip: text('ip').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('login_failures_login_idx').on(t.login, t.at), index('login_failures_ip_idx').on(t.ip, t.at)],
);
