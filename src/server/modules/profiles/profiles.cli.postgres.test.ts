import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/database.js';
import { run, useScratchDir } from '../exchange/exchange.cli.test-kit.js';

// The CLI on the PostgreSQL server that DATABASE_URL names: runs in the postgres project only.
useScratchDir();

describe('командная строка profile на сервере PostgreSQL', () => {
  it('применяет профиль к региону базы, которую называет DATABASE_URL', async () => {
    const database = await openTestDatabase();
    try {
      const url = (database.pool.options as { connectionString: string }).connectionString;
      await database.db.execute(sql`insert into regions (code, name, settings) values ('lo', 'Ленинградская область', '{"other": 1}')`);
      const result = await run({ DATABASE_URL: url }, ['profile', 'apply', 'vsevolozhsk-2023']);
      expect(result.stderr).not.toMatch(/Error/);
      expect(result.code).toBe(0);
      const [row] = (await database.db.execute(sql`select settings from regions`)).rows;
      const settings = row!.settings as { other: number; monitoring: { profile: string; indicators: string[] } };
      expect(settings.other).toBe(1);
      expect(settings.monitoring.profile).toBe('vsevolozhsk-2023');
      expect(settings.monitoring.indicators[0]).toBe('mgmt_team_pd_count');
    } finally {
      await database.close();
    }
  });
});
