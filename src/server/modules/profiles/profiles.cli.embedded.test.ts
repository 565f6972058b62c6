import fs from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client.js';
import { cli, dataDir, file, useScratchDir } from '../exchange/exchange.cli.test-kit.js';
import { exchangeFixture } from '../exchange/exchange.fixture.test-kit.js';

// The CLI on the embedded database of a data folder: runs in the embedded project only.
useScratchDir();

describe('командная строка: profile', () => {
  it('перечисляет профили, применяет один к региону и отвечает по-русски на ошибки', async () => {
    const list = await cli('profile', 'list');
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^altai-2020\tПоложение о регионально-муниципальной методической службе Республики Алтай/m);
    expect(
      list.stdout
        .trim()
        .split('\n')
        .map((line) => line.split('\t')[0]),
    ).toEqual(['altai-2020', 'kostroma-2020', 'sosnovy-bor-2016', 'vsevolozhsk-2023']);

    const empty = await cli('profile', 'apply', 'altai-2020');
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/В базе ещё нет региона/);

    await fs.writeFile(file('fixture.json'), JSON.stringify(exchangeFixture()));
    expect((await cli('import', file('fixture.json'))).code).toBe(0);

    const unknown = await cli('profile', 'apply', 'moscow-2030');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Профиль «moscow-2030» не найден.');
    expect((await cli('profile', 'apply')).code).toBe(2);

    const applied = await cli('profile', 'apply', 'altai-2020');
    expect(applied.stderr).not.toMatch(/Error/);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('Профиль «altai-2020» применён к региону.');
    expect(applied.stdout).toContain('org_mentoring_model_share — Доля ОО, реализующих целевую модель наставничества (порог 20)');
    expect(applied.stdout).toContain('Промежуточный (январь — май): 01.01–31.05, принимает: региональный оператор');
    expect(applied.stdout).toContain('Календарный год: 01.01–31.12, принимает: региональный оператор');

    const database = await openDatabase({ dataDir: dataDir() });
    try {
      const [region] = (await database.db.execute(sql`select settings from regions`)).rows;
      expect((region!.settings as { monitoring: unknown }).monitoring).toEqual({
        profile: 'altai-2020',
        indicators: expect.arrayContaining(['teacher_methodist_supported_share']) as unknown,
        thresholds: { org_mgmt_team_pd_share: 10, org_mentoring_model_share: 20, staff_pd_share: 10, teacher_iom_share: 10 },
        reportingPeriods: [
          { code: 'interim', name: 'Промежуточный (январь — май)', start: '01-01', end: '05-31', acceptor: 'region' },
          { code: 'year', name: 'Календарный год', start: '01-01', end: '12-31', acceptor: 'region' },
        ],
      });
      const entries = (await database.db.execute(sql`select action, user_login, changes from audit_log where entity = 'region'`)).rows;
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ action: 'update', user_login: null });
    } finally {
      await database.close();
    }
  });
});
