import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrateDatabase, openDatabase, type Database } from './client.js';

/**
 * A new, migrated database on the PostgreSQL server of `serverUrl` (tests, benchmarks); closing it
 * drops it again.
 */
export async function openScratchDatabase(serverUrl: string, prefix: string): Promise<Database> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), dataDir: null });
  await migrateDatabase(database);
  return {
    ...database,
    async close() {
      // Dropping the database ends connections the pool may still be closing: expected here.
      database.pool.removeAllListeners('error');
      database.pool.on('error', () => undefined);
      await database.close();
      await onServer(serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
