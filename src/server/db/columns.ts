import { date, integer, timestamp } from 'drizzle-orm/pg-core';

/** Columns every record table carries: a surrogate key and its own timestamps. */
export const recordColumns = {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** A calendar date kept as the `YYYY-MM-DD` string the exchange package uses. */
export const day = (name: string) => date(name, { mode: 'string' });
