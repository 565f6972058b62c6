import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrateDatabase, openDatabase, type Database } from '../db/client.js';

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
  const name = `metodset_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), dataDir: null });
  await migrateDatabase(database);
  const close = database.close;
  return {
    ...database,
    async close() {
      await close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
