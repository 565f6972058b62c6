import fs from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/database.js';
import { file, run, useScratchDir } from './exchange.cli.test-kit.js';
import { exchangeFixture } from './exchange.fixture.test-kit.js';

// The CLI on the PostgreSQL server that DATABASE_URL names: runs in the postgres project only.
useScratchDir();

describe('командная строка на сервере PostgreSQL', () => {
  it('загружает пакет в базу, которую называет DATABASE_URL', async () => {
    const database = await openTestDatabase();
    try {
      const url = (database.pool.options as { connectionString: string }).connectionString;
      await fs.writeFile(file('fixture.json'), JSON.stringify(exchangeFixture()));
      const result = await run({ DATABASE_URL: url }, ['import', file('fixture.json')]);
      expect(result.stderr).not.toMatch(/Error/);
      expect(result.code).toBe(0);
      const [row] = (await database.db.execute(sql`select count(*) as n from people`)).rows;
      expect(Number(row!.n)).toBe(8);
    } finally {
      await database.close();
    }
  });
});
