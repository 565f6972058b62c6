import { migrateDatabase, openDatabase, type Database } from '../db/client.js';
import { openScratchDatabase } from '../db/scratch.js';

/** Which engine this test run uses: set per vitest project (embedded / postgres). */
export const testEngine = process.env.METODSET_TEST_ENGINE === 'postgres' ? 'postgres' : 'embedded';

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or a new database on the
 * PostgreSQL server of METODSET_TEST_POSTGRES_URL, dropped again on close.
 */
export async function openTestDatabase(): Promise<Database> {
  if (testEngine === 'embedded') {
    const database = await openDatabase({ dataDir: null });
    await migrateDatabase(database);
    return database;
  }
  const serverUrl = process.env.METODSET_TEST_POSTGRES_URL;
  if (!serverUrl) throw new Error('METODSET_TEST_POSTGRES_URL не задан: тесты на PostgreSQL запустить нельзя.');
  return openScratchDatabase(serverUrl, 'metodset_test');
}
