import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorCatalog } from '../../../shared/indicators.js';
import type { DrilldownPage } from '../../../shared/monitoring.js';
import { startTestApp, type TestClient, type TestContext } from '../../test/harness.js';
import { importPackage } from '../exchange/exchange.import.js';
import { drilldownAll } from './drilldown.service.js';
import { computeIndicators } from './indicators.service.js';
import { blockA, blockB, blockC, blockD, P } from './indicators.test-kit.js';
import { unrestrictedScope } from '../../auth/scope.js';

let t: TestContext;
let methodist: TestClient;
let admin: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  for (const block of [blockA, blockB, blockC, blockD]) await importPackage(t.database.db, block, null);
  const mc = await t.database.db.execute<{ id: number }>(`select id from municipalities where code = 'MC'`);
  const user = await t.make.user([{ role: 'municipal_methodist', municipalityId: mc.rows[0]!.id }], { login: 'drill-mc' });
  methodist = await t.as(user.login, user.password);
  const head = await t.make.user([{ role: 'region_admin' }], { login: 'drill-admin' });
  admin = await t.as(head.login, head.password);
});
afterAll(() => t.close());

const url = (code: string, scope: string, extra = '') =>
  `/api/v1/indicators/${code}/members?scope=${encodeURIComponent(scope)}&from=${P.from}&to=${P.to}${extra}`;

async function page(client: TestClient, path: string): Promise<DrilldownPage> {
  const response = await client.get(path);
  expect(response.status, path).toBe(200);
  return (await response.json()) as DrilldownPage;
}
const codes = (p: DrilldownPage) => p.items.map((i) => i.code);

describe('расшифровка показателя', () => {
  it('числитель и «остальные» каждой доли не пересекаются и вместе дают знаменатель', async () => {
    for (const scopeCode of ['MC', 'MA', 'C-S2', 'R-MON']) {
      const values = await computeIndicators(t.database.db, { scopeCode, ...P }, unrestrictedScope());
      for (const definition of indicatorCatalog.filter((d) => d.kind === 'share')) {
        const request = { code: definition.code, scopeCode, ...P };
        const numerator = (await drilldownAll(t.database.db, { ...request, side: 'numerator' }, unrestrictedScope())).rows.map((r) => r.id);
        const rest = (await drilldownAll(t.database.db, { ...request, side: 'rest' }, unrestrictedScope())).rows.map((r) => r.id);
        const value = values.find((v) => v.code === definition.code)!;
        const where = `${definition.code} ${scopeCode}`;
        expect(numerator.length, where).toBe(value.numerator);
        expect(rest.length, where).toBe(value.denominator! - value.numerator);
        expect(new Set([...numerator, ...rest]).size, where).toBe(numerator.length + rest.length);
      }
    }
  });

  it('люди: по алфавиту, с местом работы на конец периода; «остальные» — те, кому нужна помощь', async () => {
    const numerator = await page(methodist, url('staff_pd_share', 'MC'));
    expect(numerator).toMatchObject({ subject: 'people', total: 5, page: 1, pageSize: 50 });
    expect(codes(numerator)).toEqual(['C1', 'C2', 'C3', 'C4', 'C9']);
    expect(numerator.items[0]).toEqual({
      id: expect.any(Number),
      code: 'C1',
      lastName: 'Фамилия-C1',
      firstName: 'Имя',
      middleName: null,
      birthDate: '1980-01-01',
      organizations: [{ id: expect.any(Number), name: 'Организация C-S1', position: 'Учитель' }],
    });
    expect(codes(await page(methodist, url('staff_pd_share', 'MC', '&side=rest')))).toEqual(['C10', 'C5', 'C6']);
    expect(codes(await page(methodist, url('teacher_iom_share', 'MC', '&side=rest')))).toEqual(['C3', 'C5', 'C6']);
  });

  it('постранично и с поиском по имени без учёта регистра', async () => {
    const first = await page(methodist, url('staff_pd_share', 'MC', '&pageSize=2'));
    const third = await page(methodist, url('staff_pd_share', 'MC', '&pageSize=2&page=3'));
    const beyond = await page(methodist, url('staff_pd_share', 'MC', '&pageSize=2&page=9'));
    expect([first.total, third.total, beyond.total]).toEqual([5, 5, 5]);
    expect(codes(first)).toEqual(['C1', 'C2']);
    expect(codes(third)).toEqual(['C9']);
    expect(beyond.items).toEqual([]);
    const found = await page(methodist, url('staff_pd_share', 'MC', `&q=${encodeURIComponent('ФАМИЛИЯ-C1')}`));
    expect([found.total, codes(found)]).toEqual([1, ['C1']]);
    const rest = await page(methodist, url('staff_pd_share', 'MC', `&side=rest&q=${encodeURIComponent('  -c1 ')}`));
    expect(codes(rest)).toEqual(['C10']);
    expect((await methodist.get(url('staff_pd_share', 'MC', '&pageSize=501'))).status).toBe(422);
  });

  it('организации, сообщества, практики и мероприятия количественных показателей', async () => {
    const orgs = await page(methodist, url('mgmt_team_pd_count', 'MC'));
    expect(orgs).toMatchObject({ subject: 'organizations', total: 1 });
    expect(orgs.items).toEqual([{ id: expect.any(Number), code: 'C-S1', name: 'Организация C-S1', municipalityName: 'Район В' }]);
    expect(codes(await page(methodist, url('org_mgmt_team_pd_share', 'MC', '&side=rest')))).toEqual(['C-S2']);
    // A count has no denominator: nobody is "in the denominator but not the numerator".
    expect((await page(methodist, url('mgmt_team_pd_count', 'MC', '&side=rest'))).total).toBe(0);

    const communities = await page(methodist, url('community_count', 'MC'));
    expect(communities.subject).toBe('communities');
    expect(communities.items.map((c) => [c.code, 'date' in c ? c.date : undefined])).toEqual([
      ['C-CM1', '2020-01-01'],
      ['C-CM3', '2024-01-01'],
      ['C-CM5', '2024-12-31'],
    ]);
    const practices = await page(admin, url('practice_products_count', 'MD'));
    expect(practices.subject).toBe('practices');
    expect(practices.items).toEqual([
      { id: expect.any(Number), code: 'D-PR1', name: 'Практика 1', date: '2024-12-31' },
      { id: expect.any(Number), code: 'D-PR2', name: 'Практика 2', date: '2024-05-01' },
    ]);
    const events = await page(admin, url('consilium_count', 'MB', `&q=${encodeURIComponent('мероприятие')}`));
    expect([events.subject, codes(events)]).toEqual(['events', ['B-C1']]);
    expect(codes(await page(admin, url('project_participants_count', 'MB')))).toEqual(['B4', 'B5']);
  });

  it('методист не видит чужой район; неизвестный показатель — 404; учителю — 403', async () => {
    for (const foreign of ['MA', 'A-S1', 'R-MON']) {
      const response = await methodist.get(url('staff_pd_share', foreign));
      expect(response.status, foreign).toBe(404);
      expect((await methodist.get(`${url('staff_pd_share', foreign)}`.replace('/members?', '/members.xlsx?'))).status).toBe(404);
    }
    const unknown = await methodist.get(url('no_such_indicator', 'MC'));
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toBe('Показатель «no_such_indicator» не найден.');
    const teacher = await t.make.user([{ role: 'teacher' }], { login: 'drill-teacher' });
    expect((await (await t.as(teacher.login, teacher.password)).get(url('staff_pd_share', 'MC'))).status).toBe(403);
    expect((await t.client().get(url('staff_pd_share', 'MC'))).status).toBe(401);
  });

  it('выгружает весь список в Excel', async () => {
    const response = await methodist.get(url('staff_pd_share', 'MC', '&side=rest').replace('/members?', '/members.xlsx?'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    expect(decodeURIComponent(response.headers.get('content-disposition') ?? '')).toContain(
      "filename*=UTF-8''Прошедшие ПК и ПП, остальные, Район В, 01.01.2024–31.12.2024.xlsx",
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    expect(rows.map((r) => r[1])).toEqual(['Фамилия-C10', 'Фамилия-C5', 'Фамилия-C6']);
    expect(rows[0]![5]).toBe('Директор, Организация C-S2');
  });
});
