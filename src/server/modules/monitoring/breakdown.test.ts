import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorCodes } from '../../../shared/indicators.js';
import type { Breakdown } from '../../../shared/monitoring.js';
import type { MonitoringSettings } from '../../../shared/profiles.js';
import { startTestApp, type TestClient, type TestContext } from '../../test/harness.js';
import { importPackage } from '../exchange/exchange.import.js';
import { computeBreakdown, thresholdMet } from './breakdown.service.js';
import { computeIndicators } from './indicators.service.js';
import { blockA, blockB, blockC, blockD, blockE, P } from './indicators.test-kit.js';
import { unrestrictedScope } from '../../auth/scope.js';

let t: TestContext;
let admin: TestClient;
let methodist: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  for (const block of [blockA, blockB, blockC, blockD, blockE]) await importPackage(t.database.db, block, null);
  const user = await t.make.user([{ role: 'region_admin' }], { login: 'breakdown-admin' });
  admin = await t.as(user.login, user.password);
  const mc = await t.database.db.execute<{ id: number }>(`select id from municipalities where code = 'MC'`);
  const m = await t.make.user([{ role: 'municipal_methodist', municipalityId: mc.rows[0]!.id }], { login: 'breakdown-mc' });
  methodist = await t.as(m.login, m.password);
});
afterAll(() => t.close());

const url = (scope: string) => `/api/v1/indicators/breakdown?scope=${encodeURIComponent(scope)}&from=${P.from}&to=${P.to}`;

async function breakdownOf(client: TestClient, scope: string): Promise<Breakdown> {
  const response = await client.get(url(scope));
  expect(response.status, scope).toBe(200);
  return (await response.json()) as Breakdown;
}

/** Each cell must be what the indicators of that child territory alone say. */
async function expectCellsAsComputedAlone(b: Breakdown) {
  expect(b.rows.map((r) => r.code)).toEqual(indicatorCodes);
  for (const [index, child] of b.scopes.entries()) {
    const alone = await computeIndicators(t.database.db, { scopeCode: child.code, ...P }, unrestrictedScope());
    const cells = b.rows.map((row) => {
      const { value, numerator, denominator } = row.cells[index]!;
      expect(row.cells[index]!.scope).toBe(child.code);
      return { code: row.code, value, numerator, denominator };
    });
    expect(cells, child.code).toEqual(alone);
  }
}

describe('сводная таблица по вложенным территориям', () => {
  it('регион — по муниципалитетам, муниципалитет — по всем его организациям; каждая ячейка как отдельный расчёт', async () => {
    const region = await breakdownOf(admin, 'R-MON');
    expect(region.scopes).toEqual([
      { code: 'MA', name: 'Район А' },
      { code: 'MB', name: 'Район Б' },
      { code: 'MC', name: 'Район В' },
      { code: 'MD', name: 'Район Г' },
      { code: 'ME', name: 'Район Д' },
    ]);
    await expectCellsAsComputedAlone(region);

    const ma = await breakdownOf(admin, 'MA');
    expect(ma.scopes.map((s) => s.code)).toEqual(['A-MC', 'A-S1', 'A-S2']);
    await expectCellsAsComputedAlone(ma);
    await expectCellsAsComputedAlone(await breakdownOf(methodist, 'MC'));
    // Without thresholds nothing is met or unmet.
    expect(region.rows.flatMap((r) => r.cells.map((c) => c.met)).every((met) => met === null)).toBe(true);
  });

  it('отмечает достижение порога региона', async () => {
    const current = (await (await admin.get('/api/v1/settings/monitoring')).json()) as MonitoringSettings;
    const { profile: _profile, ...input } = current;
    const put = await admin.request('PUT', '/api/v1/settings/monitoring', {
      ...input,
      thresholds: { teacher_iom_share: 40, community_count: 1 },
    });
    expect(put.status).toBe(200);

    const region = await breakdownOf(admin, 'R-MON');
    const row = (code: string) => region.rows.find((r) => r.code === code)!;
    expect(row('teacher_iom_share').threshold).toBe(40);
    expect(row('teacher_iom_share').cells.map((c) => [c.scope, c.value, c.met])).toEqual([
      ['MA', 0, false],
      ['MB', 0, false],
      ['MC', 50, true],
      ['MD', 0, false],
      ['ME', null, null],
    ]);
    expect(row('community_count').cells.map((c) => [c.scope, c.value, c.met])).toEqual([
      ['MA', 1, true],
      ['MB', 0, false],
      ['MC', 3, true],
      ['MD', 0, false],
      ['ME', 0, false],
    ]);
    expect(row('staff_pd_share').threshold).toBeNull();
    expect(row('staff_pd_share').cells.every((c) => c.met === null)).toBe(true);
    expect(
      (await computeBreakdown(t.database.db, { scopeCode: 'MC', ...P }, unrestrictedScope())).rows[4]!.cells.map((c) => c.met),
    ).toEqual([true, false]);
  });

  it('порог: значение не ниже порога; без порога или значения — null', () => {
    expect([thresholdMet(50, 50), thresholdMet(49.9, 50), thresholdMet(null, 50), thresholdMet(0, undefined)]).toEqual([
      true,
      false,
      null,
      null,
    ]);
  });

  it('у организации вложенных территорий нет — 422; чужой регион методисту — 404', async () => {
    const school = await admin.get(url('C-S1'));
    expect(school.status).toBe(422);
    expect(((await school.json()) as { error: { message: string } }).error.message).toBe(
      'У организации «Организация C-S1» нет вложенных территорий: сводная таблица строится для региона или муниципалитета.',
    );
    for (const foreign of ['R-MON', 'MA', 'NOWHERE']) expect((await methodist.get(url(foreign))).status, foreign).toBe(404);
    expect((await admin.get('/api/v1/indicators/breakdown?scope=MC&from=2024-12-31&to=2024-01-01')).status).toBe(422);
  });
});
