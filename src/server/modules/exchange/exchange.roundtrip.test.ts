import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { openTestDatabase } from '../../test/database.js';
import { exportPackage } from './exchange.export.js';
import { exchangeFixture, normalizePackage } from './exchange.fixture.test-kit.js';
import { importPackage } from './exchange.import.js';
import { unrestrictedScope } from '../../auth/scope.js';

let first: Database;
let second: Database;
beforeAll(async () => {
  [first, second] = await Promise.all([openTestDatabase(), openTestDatabase()]);
});
afterAll(async () => {
  await Promise.all([first?.close(), second?.close()]);
});

describe('пакет обмена: круговой обмен', () => {
  it('импорт → экспорт → импорт в другую базу → экспорт даёт тот же пакет', async () => {
    const fixture = exchangeFixture();
    const summary = await importPackage(first.db, fixture, null);
    expect(summary.lists.people).toEqual({ created: 8, updated: 0, unchanged: 0 });
    expect(summary.lists.region).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const exported = await exportPackage(first.db, { scope: unrestrictedScope() });
    expect(exported).toEqual(normalizePackage(fixture));
    await importPackage(second.db, JSON.parse(JSON.stringify(exported)), null);
    const again = await exportPackage(second.db, { scope: unrestrictedScope() });
    expect(JSON.stringify(again)).toBe(JSON.stringify(exported));
  });

  it('повторный импорт ничего не меняет', async () => {
    const stamps = sql`select (select max(updated_at) from people)::text as people, (select max(updated_at) from employments)::text as employments,
      (select max(updated_at) from routes)::text as routes, (select max(updated_at) from diagnostics)::text as diagnostics,
      (select max(updated_at) from practices)::text as practices, (select count(*) from route_activities) as activities`;
    const before = await first.db.execute(stamps);
    const summary = await importPackage(first.db, exchangeFixture(), null);
    expect(summary.totals.created).toBe(0);
    expect(summary.totals.updated).toBe(0);
    for (const [list, counts] of Object.entries(summary.lists)) expect({ list, ...counts }).toMatchObject({ list, created: 0, updated: 0 });
    const after = await first.db.execute(stamps);
    expect(after.rows[0]).toEqual(before.rows[0]);
  });
});
