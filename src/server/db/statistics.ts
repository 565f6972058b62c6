import { sql } from 'drizzle-orm';
import type { Db } from './client.js';

/** Changes after which the planner's statistics are refreshed at once. */
export const bulkWriteThreshold = 1000;

/**
 * Refreshes the planner's statistics. After a bulk import they describe the empty tables: the staff
 * list then scanned every employment per organization (420 ms instead of 50 ms at 40,000 staff on
 * PGlite). PGlite has no autovacuum to do this on its own, and a server's runs only later.
 */
export async function refreshStatistics(db: Db): Promise<void> {
  await db.execute(sql`analyze`);
}

/** Refreshes the statistics when a write changed enough rows to make them stale. */
export async function refreshAfterBulkWrite(db: Db, changedRows: number): Promise<void> {
  if (changedRows >= bulkWriteThreshold) await refreshStatistics(db);
}
