import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '../../../shared/paging.js';
import type { MunicipalityRow, OrganizationCard, OrganizationRow } from '../../../shared/registry.js';
import { startTestApp, type TestClient, type TestContext } from '../../test/harness.js';
import { addDays, auditEntries, readXlsx, signIn } from './registry.test-kit.js';

let t: TestContext;
let admin: TestClient;
let methodistA: TestClient;
const ids = { munA: 0, munB: 0, schoolA: 0, gardenA: 0, schoolB: 0 };

beforeAll(async () => {
  t = await startTestApp();
  ids.munA = (await t.make.municipality({ name: 'Ясеневский район' })).id;
  ids.munB = (await t.make.municipality({ name: 'Ёлкинский район' })).id;
  ids.schoolA = (
    await t.make.organization({ municipalityId: ids.munA, name: 'МБОУ «Школа № 1»', flags: ['low_results', 'staff_plan'] })
  ).id;
  ids.gardenA = (await t.make.organization({ municipalityId: ids.munA, name: 'МБДОУ «Детский сад „Ёлочка“»', kind: 'kindergarten' })).id;
  ids.schoolB = (await t.make.organization({ municipalityId: ids.munB, name: 'МБОУ «Школа № 2»' })).id;
  await t.make.staff(ids.schoolA, { lastName: 'Первая' });
  const both = await t.make.staff(ids.schoolA, { lastName: 'Вторая' }, { category: 'manager', position: 'Директор' });
  await t.make.employment({ personId: both.id, organizationId: ids.schoolA, position: 'Учитель', category: 'teacher' });
  await t.make.staff(ids.schoolA, { lastName: 'Бывшая' }, { end: addDays(t.today(), -40) });
  await t.make.staff(ids.schoolB, { lastName: 'Третья' });
  admin = await signIn(t, 'region_admin');
  methodistA = await signIn(t, 'municipal_methodist', { municipalityId: ids.munA });
});
afterAll(() => t.close());

const orgs = async (client: TestClient, query = '') => {
  const response = await client.get(`/api/v1/organizations?${query}`);
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as Page<OrganizationRow>;
};

describe('муниципалитеты', () => {
  it('показывает муниципалитеты в пределах прав со счётчиками', async () => {
    const all = (await (await admin.get('/api/v1/municipalities')).json()) as MunicipalityRow[];
    expect(all.map((m) => m.name)).toEqual(['Ёлкинский район', 'Ясеневский район']);
    expect(all.find((m) => m.id === ids.munA)).toMatchObject({ organizations: 2, staff: 2, can: ['edit'] });
    const mine = (await (await methodistA.get('/api/v1/municipalities')).json()) as MunicipalityRow[];
    expect(mine).toEqual([expect.objectContaining({ id: ids.munA, can: [] })]);
    expect((await methodistA.get(`/api/v1/municipalities/${ids.munB}`)).status).toBe(404);
    expect(await (await methodistA.get(`/api/v1/municipalities/${ids.munA}`)).json()).toMatchObject({ id: ids.munA, organizations: 2 });
  });

  it('выгружает в Excel те же строки, что показывает список', async () => {
    for (const client of [admin, methodistA]) {
      const list = (await (await client.get('/api/v1/municipalities')).json()) as MunicipalityRow[];
      const response = await client.get('/api/v1/municipalities/export.xlsx');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toContain(encodeURIComponent('Муниципалитеты.xlsx'));
      const rows = await readXlsx(response);
      expect(rows[0]).toEqual(['Муниципалитет', 'Код', 'Организаций', 'Работников']);
      expect(rows.slice(1)).toEqual(list.map((m) => [m.name, m.code, m.organizations, m.staff]));
    }
    const teacher = await signIn(t, 'teacher', {}, (await t.make.person()).id);
    expect((await teacher.get('/api/v1/municipalities/export.xlsx')).status).toBe(403);
    expect((await t.client().get('/api/v1/municipalities/export.xlsx')).status).toBe(401);
  });

  it('создаёт и переименовывает муниципалитет (только администратор региона)', async () => {
    expect((await methodistA.post('/api/v1/municipalities', { code: 'm-x', name: 'Новый' })).status).toBe(403);
    const created = await admin.post('/api/v1/municipalities', { code: 'm-new', name: 'Новый район' });
    expect(created.status, await created.clone().text()).toBe(200);
    const { id } = (await created.json()) as { id: number };
    expect((await admin.patch(`/api/v1/municipalities/${id}`, { name: 'Обновлённый район' })).status).toBe(200);
    expect(await (await admin.get(`/api/v1/municipalities/${id}`)).json()).toMatchObject({
      code: 'm-new',
      name: 'Обновлённый район',
      organizations: 0,
    });
    const entries = await auditEntries(t, 'municipality', id);
    expect(entries.map((e) => e.action)).toEqual(['create', 'update']);
    expect(entries[1]).toMatchObject({ municipalityIds: [id], changes: { name: { from: 'Новый район', to: 'Обновлённый район' } } });
    const duplicate = await admin.post('/api/v1/municipalities', { code: 'm-new', name: 'Дубль' });
    expect(duplicate.status).toBe(409);
    expect((await duplicate.json()).error.message).toBe('Муниципалитет с таким кодом уже есть.');
    expect((await admin.post('/api/v1/municipalities', { code: '', name: 'Б', regionId: 1 })).status).toBe(422);
    expect((await admin.patch('/api/v1/municipalities/999999', { name: 'Нет' })).status).toBe(404);
  });
});

describe('организации', () => {
  it('показывает страницу организаций со счётчиками на сегодня', async () => {
    const page = await orgs(methodistA);
    expect(page.total).toBe(2);
    expect(page.items.map((o) => o.id)).toEqual([ids.gardenA, ids.schoolA]);
    expect(page.items[1]).toMatchObject({
      staff: 2,
      teachers: 2,
      managers: 1,
      young: 0,
      flags: ['low_results', 'staff_plan'],
      municipalityName: 'Ясеневский район',
    });
    expect((await orgs(admin, 'sort=staff&order=desc')).items[0]!.id).toBe(ids.schoolA);
    expect((await orgs(admin, 'sort=municipality')).items.map((o) => o.municipalityId)).toEqual([ids.munB, ids.munA, ids.munA]);
    expect((await orgs(admin, 'pageSize=1&page=2')).items.map((o) => o.id)).toEqual([ids.schoolA]);
  });

  it('отбирает по муниципалитету, типу, признаку и строке поиска', async () => {
    expect((await orgs(admin, `municipalityId=${ids.munB}`)).items.map((o) => o.id)).toEqual([ids.schoolB]);
    expect((await orgs(admin, 'kind=kindergarten')).items.map((o) => o.id)).toEqual([ids.gardenA]);
    expect((await orgs(admin, 'flag=staff_plan')).items.map((o) => o.id)).toEqual([ids.schoolA]);
    expect((await orgs(admin, `q=${encodeURIComponent('школа №')}`)).total).toBe(2);
    expect((await orgs(admin, `q=${encodeURIComponent('%')}`)).total).toBe(0);
    expect((await admin.get('/api/v1/organizations?flag=unknown')).status).toBe(422);
  });

  it('отвечает 404 на чужие муниципалитет и организацию', async () => {
    expect((await methodistA.get(`/api/v1/organizations?municipalityId=${ids.munB}`)).status).toBe(404);
    expect((await methodistA.get(`/api/v1/organizations/export.xlsx?municipalityId=${ids.munB}`)).status).toBe(404);
    expect((await methodistA.get(`/api/v1/organizations/${ids.schoolB}`)).status).toBe(404);
    expect((await methodistA.patch(`/api/v1/organizations/${ids.schoolB}`, { name: 'Взлом' })).status).toBe(404);
    const options = (await (await methodistA.get('/api/v1/organizations/options')).json()) as { id: number; municipalityId: number }[];
    expect(options.map((o) => o.id).sort()).toEqual([ids.gardenA, ids.schoolA].sort());
  });

  it('карточка: адрес, дата сверки признаков и право правки', async () => {
    const card = (await (await methodistA.get(`/api/v1/organizations/${ids.schoolA}`)).json()) as OrganizationCard;
    expect(card).toMatchObject({ id: ids.schoolA, address: null, flagsReviewedAt: null, can: ['edit'], staff: 2 });
    const schoolAdmin = await signIn(t, 'school_admin', { organizationId: ids.schoolA });
    expect(((await (await schoolAdmin.get(`/api/v1/organizations/${ids.schoolA}`)).json()) as OrganizationCard).can).toEqual([]);
    expect((await schoolAdmin.get(`/api/v1/organizations/${ids.gardenA}`)).status).toBe(404);
    expect((await schoolAdmin.patch(`/api/v1/organizations/${ids.schoolA}`, { name: 'Можно?' })).status).toBe(403);
  });

  it('создаёт и правит организацию; признаки отмечают дату сверки; журнал с разницей', async () => {
    const input = {
      code: 'org-new',
      municipalityId: ids.munA,
      name: 'МАОУ «Лицей»',
      kind: 'school',
      flags: ['innovation_site'],
      address: 'ул. Ленина, 1',
    };
    expect((await methodistA.post('/api/v1/organizations', { ...input, municipalityId: ids.munB })).status).toBe(404);
    const created = await methodistA.post('/api/v1/organizations', input);
    expect(created.status, await created.clone().text()).toBe(200);
    const { id } = (await created.json()) as { id: number };
    await t.database.db.execute(sql`update organizations set flags_reviewed_at = null where id = ${id}`);
    expect((await methodistA.patch(`/api/v1/organizations/${id}`, { shortName: 'Лицей' })).status).toBe(200);
    let card = (await (await methodistA.get(`/api/v1/organizations/${id}`)).json()) as OrganizationCard;
    expect(card).toMatchObject({ shortName: 'Лицей', flags: ['innovation_site'], flagsReviewedAt: null });
    expect((await methodistA.patch(`/api/v1/organizations/${id}`, { flags: [] })).status).toBe(200);
    card = (await (await methodistA.get(`/api/v1/organizations/${id}`)).json()) as OrganizationCard;
    expect(card.flags).toEqual([]);
    expect(Date.now() - Date.parse(card.flagsReviewedAt!)).toBeLessThan(60_000);
    expect((await methodistA.patch(`/api/v1/organizations/${id}`, { municipalityId: ids.munB })).status).toBe(404);
    expect((await methodistA.patch(`/api/v1/organizations/${id}`, { code: 'x'.repeat(101) })).status).toBe(422);
    expect(
      (
        await methodistA.patch(`/api/v1/organizations/${id}`, {
          code: ((await (await admin.get(`/api/v1/organizations/${ids.schoolB}`)).json()) as OrganizationCard).code,
        })
      ).status,
    ).toBe(409);
    const entries = await auditEntries(t, 'organization', id);
    expect(entries.map((e) => e.action)).toEqual(['create', 'update', 'update']);
    expect(entries[1]).toMatchObject({ municipalityIds: [ids.munA], changes: { shortName: { from: null, to: 'Лицей' } } });
    expect(entries[2]!.changes!.flags).toEqual({ from: ['innovation_site'], to: [] });
  });

  it('выгружает в Excel все отобранные организации', async () => {
    const response = await admin.get('/api/v1/organizations/export.xlsx?kind=school&sort=name');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent('Организации.xlsx')}`,
    );
    const rows = await readXlsx(response);
    const list = await orgs(admin, 'kind=school&sort=name&pageSize=500');
    expect(rows[0]!.slice(0, 2)).toEqual(['Код', 'Наименование']);
    expect(rows.slice(1).map((r) => r[1])).toEqual(list.items.map((o) => o.name));
    expect(rows.slice(1).map((r) => r[6])).toEqual(list.items.map((o) => o.staff));
  });

  it('описывает маршруты в OpenAPI', async () => {
    const doc = await (await t.client().get('/api/v1/openapi.json')).json();
    for (const path of [
      '/api/v1/organizations',
      '/api/v1/organizations/{id}',
      '/api/v1/people/{id}/employments/{employmentId}',
      '/api/v1/municipalities',
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    expect(doc.paths['/api/v1/people'].get.parameters.map((p: { name: string }) => p.name)).toContain('young');
  });
});
