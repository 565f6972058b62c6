import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userRoles, users } from '../../auth/auth.tables.js';
import { people, regions } from '../registry/registry.tables.js';
import { openTestDatabase } from '../../test/database.js';
import { startTestApp, type TestContext } from '../../test/harness.js';
import { castDemoPeople } from './demo-people.js';
import { demoAccounts, demoPassword, demoSeed, loadDemoIfEmpty } from './demo.js';
import { demoSize, generateRegion } from './generate.js';

const today = '2026-11-23';

describe('loadDemoIfEmpty', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await startTestApp();
  }, 300_000);
  afterAll(() => t.close());

  it('loads the region and one account per role into an empty database, once', async () => {
    expect(await loadDemoIfEmpty(t.database, today)).toBe(true);
    const db = t.database.db;
    expect((await db.select({ n: count() }).from(regions))[0]!.n).toBe(1);
    expect((await db.select({ n: count() }).from(people))[0]!.n).toBe(demoSize.staff);

    const rows = await db
      .select({ login: users.login, role: userRoles.role, personCode: people.code })
      .from(users)
      .innerJoin(userRoles, eq(userRoles.userId, users.id))
      .leftJoin(people, eq(people.id, users.personId));
    expect(new Set(rows.map((r) => r.login))).toEqual(new Set(demoAccounts.map((a) => a.login)));
    expect(rows.filter((r) => r.login === 'curator')).toHaveLength(2);
    const cast = castDemoPeople(generateRegion({ seed: demoSeed, ...demoSize, today }), today);
    for (const [login, code] of Object.entries(cast.people)) expect(rows.find((r) => r.login === login)?.personCode, login).toBe(code);
    expect(rows.find((r) => r.login === 'admin')?.personCode).toBeNull();

    for (const account of demoAccounts) await t.as(account.login, account.password);

    // The reporting history: the previous period accepted everywhere; of the latest, one submitted and one
    // frozen, the demo head's own municipality left to do.
    const reports = await db.execute<{ code: string; from: string; status: string; n: number }>(
      `select m.code, r.period_from::text as from, r.status, (select count(*)::int from report_members rm where rm.report_id = r.id) as n
       from reports r join municipalities m on m.id = r.municipality_id order by r.period_from, m.code`,
    );
    const periods = [...new Set(reports.rows.map((r) => r.from))];
    const [previous, latest] = periods.map((from) => reports.rows.filter((r) => r.from === from));
    expect(previous!.map((r) => r.status)).toEqual(Array(demoSize.municipalities).fill('accepted'));
    expect(latest!.map((r) => r.status).sort()).toEqual(['frozen', 'submitted']);
    expect(latest!.some((r) => r.code === cast.municipalities[0])).toBe(false);
    expect(reports.rows.every((r) => r.n > 0)).toBe(true);
    // The demo's profile (004 §7.5, §2.1): the calendar year, accepted by the municipal education authority.
    const kinds = await db.execute<{ kind: string; acceptor: string; reviewer: string | null }>(
      `select distinct period_kind as kind, acceptor, reviewed_by_name as reviewer from reports where status = 'accepted'`,
    );
    expect(kinds.rows).toEqual([{ kind: 'year', acceptor: 'authority', reviewer: 'Орган управления образованием (демонстрация)' }]);

    expect(await loadDemoIfEmpty(t.database, today)).toBe(false);
    expect((await db.select({ n: count() }).from(users))[0]!.n).toBe(demoAccounts.length);
  }, 180_000);
});

describe('loadDemoIfEmpty on failure', () => {
  it('leaves the database without a region, so the next start retries', async () => {
    const database = await openTestDatabase();
    try {
      // A login the demo needs is taken: creating the accounts fails after the import.
      await database.db.insert(users).values({ login: 'teacher', passwordHash: 'x', displayName: 'Занято' });
      await expect(loadDemoIfEmpty(database, today)).rejects.toThrow();
      expect((await database.db.select({ n: count() }).from(regions))[0]!.n).toBe(0);
      expect((await database.db.select({ n: count() }).from(people))[0]!.n).toBe(0);
    } finally {
      await database.close();
    }
  }, 180_000);
});

describe('demo accounts', () => {
  it('share one strong password and name every role', () => {
    expect(demoAccounts.map((a) => a.login)).toEqual([
      'admin',
      'curator',
      'uo',
      'mms',
      'metodist',
      'metodist2',
      'school',
      'tutor',
      'expert',
      'teacher',
    ]);
    expect(demoAccounts.every((a) => a.password === demoPassword && a.roleLabel.length > 0)).toBe(true);
  });
});
