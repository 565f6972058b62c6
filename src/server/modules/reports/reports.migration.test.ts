import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, migrationsFolder, openDatabase, type Database } from '../../db/client.js';
import { testEngine } from '../../test/database.js';

// The migration to reporting periods on a database that still has reporting dates: the settings are
// converted and every report frozen so far keeps a kind and its acceptor.

let database: Database;
let dropDatabase = async () => {};
beforeAll(async () => {
  if (testEngine === 'embedded') database = await openDatabase({ dataDir: null });
  else {
    const serverUrl = process.env.METODSET_TEST_POSTGRES_URL!;
    const name = `metodset_migration_${Date.now()}`;
    const onServer = async (statement: string) => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(statement);
      await client.end();
    };
    await onServer(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    database = await openDatabase({ url: url.toString(), dataDir: null });
    dropDatabase = () => onServer(`drop database if exists ${name} with (force)`);
  }
  // Every migration before this one, from a copy of the folder whose journal stops short of it.
  const before = fs.mkdtempSync(path.join(os.tmpdir(), 'metodset-migrations-'));
  fs.cpSync(migrationsFolder, before, { recursive: true });
  const journalPath = path.join(before, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const at = journal.entries.findIndex((e) => e.tag.endsWith('_reporting_periods'));
  fs.writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, at) }));
  await migrate(database.db, { migrationsFolder: before });
});
afterAll(async () => {
  await database.close();
  await dropDatabase();
});

const monitoring = (profile: string | null, reportingDates: string[]) =>
  JSON.stringify({ monitoring: { profile, indicators: ['staff_pd_share'], thresholds: {}, reportingDates }, theme: 'kept' });

describe('миграция к отчётным периодам', () => {
  it('переводит даты региона в периоды и даёт каждому прежнему отчёту вид периода и принимающего', async () => {
    const run = (statement: string) => database.db.execute(statement);
    await run(`insert into regions (code, name, settings) values
      ('R-ALTAI', 'Алтай', '${monitoring('altai-2020', ['12-31', '05-31'])}'),
      ('R-OWN', 'Свои даты', '${monitoring(null, ['08-31'])}'),
      ('R-NONE', 'Без настроек', '{}')`);
    await run(`insert into municipalities (code, region_id, name)
      select 'M-' || code, id, 'Район ' || name from regions`);
    await run(`insert into reports (region_id, municipality_id, territory_code, territory_name, period_from, period_to, version, frozen_by_name)
      select m.region_id, m.id, m.code, m.name, p.f::date, p.t::date, 1, 'X'
      from municipalities m join (values
        ('M-R-ALTAI', '2024-01-01', '2024-05-31'), ('M-R-ALTAI', '2024-06-01', '2024-12-31'),
        ('M-R-OWN', '2023-09-01', '2024-08-31'), ('M-R-NONE', '2024-01-01', '2024-12-31')) p(code, f, t) on p.code = m.code`);

    await migrateDatabase(database);

    const settings = (await run(`select code, settings from regions order by code`)).rows as {
      code: string;
      settings: Record<string, unknown>;
    }[];
    const periodsOf = (code: string) => settings.find((s) => s.code === code)!.settings.monitoring as Record<string, unknown> | undefined;
    // A region on a reference profile's old dates gets the profile's periods.
    expect(periodsOf('R-ALTAI')).toEqual({
      profile: 'altai-2020',
      indicators: ['staff_pd_share'],
      thresholds: {},
      reportingPeriods: [
        { code: 'interim', name: 'Промежуточный (январь — май)', start: '01-01', end: '05-31', acceptor: 'region' },
        { code: 'year', name: 'Календарный год', start: '01-01', end: '12-31', acceptor: 'region' },
      ],
    });
    expect(settings.find((s) => s.code === 'R-ALTAI')!.settings.theme).toBe('kept');
    // Dates of its own keep their periods exactly, accepted by the region as before.
    expect(periodsOf('R-OWN')!.reportingPeriods).toEqual([
      { code: 'period-1', name: 'Период 01.09–31.08', start: '09-01', end: '08-31', acceptor: 'region' },
    ]);
    expect(periodsOf('R-NONE')).toBeUndefined();

    const reports = (
      await run(`select territory_code as code, period_from::text as "from", period_kind as kind, period_name as name, acceptor
        from reports order by territory_code, period_from`)
    ).rows;
    expect(reports).toEqual([
      { code: 'M-R-ALTAI', from: '2024-01-01', kind: 'interim', name: 'Промежуточный (январь — май)', acceptor: 'region' },
      // The second half-year is no period of 001 any more: the report keeps a kind of its own.
      { code: 'M-R-ALTAI', from: '2024-06-01', kind: 'former-0601-1231', name: 'Прежний отчётный период 01.06–31.12', acceptor: 'region' },
      // A region without settings reports by the defaults.
      { code: 'M-R-NONE', from: '2024-01-01', kind: 'year', name: 'Календарный год', acceptor: 'region' },
      { code: 'M-R-OWN', from: '2023-09-01', kind: 'period-1', name: 'Период 01.09–31.08', acceptor: 'region' },
    ]);
    // The kind is part of the frozen report from now on.
    await expect(run(`update reports set period_kind = 'year' where territory_code = 'M-R-OWN'`)).rejects.toThrow();
  });
});
