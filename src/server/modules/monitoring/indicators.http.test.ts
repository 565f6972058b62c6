import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorCodes } from '../../../shared/indicators.js';
import { startTestApp, type TestContext } from '../../test/harness.js';
import { importPackage } from '../exchange/exchange.import.js';
import { computeIndicators } from './indicators.service.js';
import { blockA, blockC, P } from './indicators.test-kit.js';
import { unrestrictedScope } from '../../auth/scope.js';

let t: TestContext;
const ids: Record<string, number> = {};
beforeAll(async () => {
  t = await startTestApp();
  await importPackage(t.database.db, blockA, null);
  await importPackage(t.database.db, blockC, null);
  const rows = await t.database.db.execute<{ code: string; id: number }>(
    sql`select code, id from municipalities union all select code, id from organizations`,
  );
  for (const row of rows.rows) ids[row.code] = row.id;
});
afterAll(() => t.close());

const url = (scope: string, from = P.from, to = P.to) => `/api/v1/indicators?scope=${encodeURIComponent(scope)}&from=${from}&to=${to}`;

describe('GET /api/v1/indicators', () => {
  it('методист муниципалитета видит свой район и только его', async () => {
    const user = await t.make.user([{ role: 'municipal_methodist', municipalityId: ids.MC! }], { login: 'metodist-mc' });
    const client = await t.as(user.login, user.password);
    const own = await client.get(url('MC'));
    expect(own.status).toBe(200);
    const body = (await own.json()) as { code: string; value: number | null; numerator: number; denominator: number | null }[];
    expect(body.map((v) => v.code)).toEqual(indicatorCodes);
    expect(body).toEqual(await computeIndicators(t.database.db, { scopeCode: 'MC', ...P }, unrestrictedScope()));
    expect(body.find((v) => v.code === 'teacher_iom_share')).toEqual({
      code: 'teacher_iom_share',
      value: 50,
      numerator: 3,
      denominator: 6,
    });
    // A school of the municipality is inside the grant.
    expect((await client.get(url('C-S2'))).status).toBe(200);

    for (const foreign of ['MA', 'A-S1', 'R-MON', 'NOWHERE']) {
      const response = await client.get(url(foreign));
      expect(response.status, foreign).toBe(404);
      expect(((await response.json()) as { error: { message: string } }).error.message).toBe(
        `Территория с кодом «${foreign}» не найдена или недоступна.`,
      );
    }
  });

  it('администратор школы видит школу, но не её район', async () => {
    const user = await t.make.user([{ role: 'school_admin', organizationId: ids['C-S1']! }], { login: 'school-c1' });
    const client = await t.as(user.login, user.password);
    expect((await client.get(url('C-S1'))).status).toBe(200);
    expect((await client.get(url('MC'))).status).toBe(404);
    expect((await client.get(url('C-S2'))).status).toBe(404);
  });

  it('администратор региона видит регион', async () => {
    const user = await t.make.user([{ role: 'region_admin' }], { login: 'admin-r' });
    const client = await t.as(user.login, user.password);
    const response = await client.get(url('R-MON'));
    expect(response.status).toBe(200);
    expect(((await response.json()) as { code: string; numerator: number }[]).find((v) => v.code === 'community_count')!.numerator).toBe(5);
  });

  it('учителю показатели недоступны; без входа — 401; плохой период — 422 по-русски', async () => {
    const user = await t.make.user([{ role: 'teacher' }], { login: 'teacher-x' });
    const teacher = await t.as(user.login, user.password);
    expect((await teacher.get(url('MC'))).status).toBe(403);
    expect((await t.client().get(url('MC'))).status).toBe(401);

    const admin = await t.as('admin-r', user.password);
    const bad = await admin.get(url('MC', '2024-12-31', '2024-01-01'));
    expect(bad.status).toBe(422);
    expect(JSON.stringify(await bad.json())).toContain('Начало периода позже его конца');
    expect((await admin.get('/api/v1/indicators?scope=MC&from=2024-02-30&to=2024-12-31')).status).toBe(422);
  });
});
