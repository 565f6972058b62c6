import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { ExchangePackage } from '../../../shared/exchange.js';
import { startTestApp, type TestContext } from '../../test/harness.js';
import { exchangeFixture, normalizePackage } from './exchange.fixture.test-kit.js';

let t: TestContext;
let municipalities: Record<string, number>;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

async function admin() {
  const user = await t.make.user([{ role: 'region_admin' }]);
  return t.as(user.login, user.password);
}

describe('HTTP: пакет обмена', () => {
  it('администратор региона загружает пакет; повторная загрузка ничего не меняет', async () => {
    const client = await admin();
    const first = await client.post('/api/v1/exchange/import', exchangeFixture());
    expect(first.status).toBe(200);
    const summary = await first.json();
    expect(summary.lists.organizations).toEqual({ created: 6, updated: 0, unchanged: 0 });
    const second = await (await client.post('/api/v1/exchange/import', exchangeFixture())).json();
    expect(second.totals).toMatchObject({ created: 0, updated: 0 });
    const rows = (await t.database.db.execute<{ code: string; id: number }>(sql`select code, id from municipalities`)).rows;
    municipalities = Object.fromEntries(rows.map((r) => [r.code, r.id]));
  });

  it('отклоняет пакет с ошибками: 422 и пути list[index].field', async () => {
    const client = await admin();
    const pkg = exchangeFixture();
    pkg.employments![3] = { ...pkg.employments![3]!, organization: 'X' };
    const response = await client.post('/api/v1/exchange/import', pkg);
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.error.message).toBe('Пакет отклонён: 1 ошибка');
    expect(body.error.issues).toEqual([
      { path: 'employments[3].organization', message: 'организация с кодом «X» не найдена ни в пакете, ни в базе' },
    ]);
  });

  it('отвечает 400 по-русски на битый JSON', async () => {
    const client = await admin();
    const response = await client.request('POST', '/api/v1/exchange/import', '{"format": "metodset-exchange",', {
      'content-type': 'application/json',
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toMatch(/JSON/);
  });

  it('не даёт загружать пакет руководителю ММС (403) и анониму (401)', async () => {
    const head = await t.make.user([{ role: 'municipal_head', municipalityId: municipalities.M1! }]);
    const client = await t.as(head.login, head.password);
    expect((await client.post('/api/v1/exchange/import', exchangeFixture())).status).toBe(403);
    expect((await t.client().post('/api/v1/exchange/import', exchangeFixture())).status).toBe(401);
    expect((await client.request('POST', '/api/v1/exchange/import', '{"format": ', { 'content-type': 'application/json' })).status).toBe(
      403,
    );
  });

  it('выгружает регион файлом', async () => {
    const client = await admin();
    const response = await client.get('/api/v1/exchange/export');
    expect(response.status).toBe(200);
    // Named by the region's today, not the UTC date.
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''metodset-R-TEST-${t.today()}.json`);
    expect(await response.json()).toEqual(normalizePackage(exchangeFixture()));
  });

  it('выгружает муниципальному пользователю только его территорию; чужой код — 404', async () => {
    const head = await t.make.user([{ role: 'municipal_head', municipalityId: municipalities.M1! }]);
    const client = await t.as(head.login, head.password);
    const own = await client.get('/api/v1/exchange/export');
    expect(own.status).toBe(200);
    expect(own.headers.get('content-disposition')).toContain('metodset-M1-');
    const pkg = (await own.json()) as ExchangePackage;
    expect(pkg.municipalities.map((m) => m.code)).toEqual(['M1']);
    expect(pkg.organizations.map((o) => o.code)).toEqual(['O1', 'O2', 'O3', 'O4']);
    expect(new Set(pkg.employments.map((e) => e.organization))).toEqual(new Set(['O1', 'O2', 'O3', 'O4']));
    expect(pkg.people.map((p) => p.code)).toEqual(['P01', 'P02', 'P03', 'P04', 'P07', 'P08']);
    // Its own events, and the region's ones its people took part in (E01 has no municipality).
    expect(pkg.events.every((e) => e.municipality === 'M1' || e.code === 'E01')).toBe(true);
    expect(pkg.events.map((e) => e.code)).toContain('E01');
    const school = await client.get('/api/v1/exchange/export?scope=O2');
    expect(school.status).toBe(200);
    expect(((await school.json()) as ExchangePackage).organizations.map((o) => o.code)).toEqual(['O2']);
    for (const code of ['M2', 'O5', 'R-TEST', 'NOWHERE']) {
      const foreign = await client.get(`/api/v1/exchange/export?scope=${code}`);
      expect(foreign.status).toBe(404);
      expect((await foreign.json()).error.message).toMatch(/не найдена/);
    }
  });

  it('выгружает руководителю ОО только его организацию: код его муниципалитета — 404', async () => {
    const organizations = (await t.database.db.execute<{ code: string; id: number }>(sql`select code, id from organizations`)).rows;
    const o1 = organizations.find((o) => o.code === 'O1')!.id;
    const user = await t.make.user([{ role: 'school_admin', organizationId: o1 }]);
    const client = await t.as(user.login, user.password);
    const own = await client.get('/api/v1/exchange/export?scope=O1');
    expect(own.status).toBe(200);
    const pkg = (await own.json()) as ExchangePackage;
    expect(pkg.organizations.map((o) => o.code)).toEqual(['O1']);
    expect(pkg.municipalities.map((m) => m.code)).toEqual(['M1']);
    expect((await client.get('/api/v1/exchange/export')).headers.get('content-disposition')).toContain('metodset-O1-');
    for (const code of ['M1', 'O2', 'M2', 'R-TEST']) {
      const foreign = await client.get(`/api/v1/exchange/export?scope=${code}`);
      expect(foreign.status, code).toBe(404);
      expect((await foreign.json()).error.message).toMatch(/не найдена/);
    }
  });

  it('требует код территории у пользователя с несколькими муниципалитетами', async () => {
    const user = await t.make.user([
      { role: 'municipal_methodist', municipalityId: municipalities.M1! },
      { role: 'municipal_methodist', municipalityId: municipalities.M2! },
    ]);
    const client = await t.as(user.login, user.password);
    expect((await client.get('/api/v1/exchange/export')).status).toBe(422);
    expect((await client.get('/api/v1/exchange/export?scope=M2')).status).toBe(200);
  });
});
