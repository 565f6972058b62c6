import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditPage, AuditRow } from '../../../shared/audit.js';
import { startTestApp, type TestClient, type TestContext } from '../../test/harness.js';

let t: TestContext;
let munA: { id: number; name: string };
let munB: { id: number; name: string };
let orgA: { id: number; name: string };
let orgB: { id: number; name: string };
let admin: TestClient;
let head: TestClient;
let methodist: TestClient;
let school: TestClient;
let teacher: TestClient;
/** Employed in school A, and later also in school B (the employment in B is outside A's scope). */
let sharedPerson: number;
/** Employed in school B only. */
let foreignPerson: number;
let methodistUserId: number;

const page = async (client: TestClient, path: string): Promise<AuditPage> => {
  const response = await client.get(path);
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as AuditPage;
};
const kinds = (rows: AuditRow[]) => rows.map((r) => `${r.action}:${r.entity}`);

beforeAll(async () => {
  t = await startTestApp();
  const region = await t.make.region();
  munA = await t.make.municipality({ regionId: region.id, name: 'Центральный район' });
  munB = await t.make.municipality({ regionId: region.id, name: 'Заречный район' });
  orgA = await t.make.organization({ municipalityId: munA.id, name: 'Школа № 1 (А)' });
  orgB = await t.make.organization({ municipalityId: munB.id, name: 'Школа № 2 (Б)' });
  const teacherPerson = await t.make.staff(orgA.id, { lastName: 'Учителева' });
  await t.make.user([{ role: 'region_admin' }], { login: 'audit-admin', displayName: 'Анна Администратор' });
  await t.make.user([{ role: 'municipal_head', municipalityId: munA.id }], { login: 'audit-head' });
  methodistUserId = (await t.make.user([{ role: 'municipal_methodist', municipalityId: munA.id }], { login: 'audit-methodist' })).id;
  await t.make.user([{ role: 'school_admin', organizationId: orgA.id }], { login: 'audit-school' });
  await t.make.user([{ role: 'teacher' }], { login: 'audit-teacher', personId: teacherPerson.id });
  const password = (await t.make.user([], { login: 'audit-nobody' })).password;
  admin = await t.as('audit-admin', password);
  head = await t.as('audit-head', password);
  methodist = await t.as('audit-methodist', password);
  school = await t.as('audit-school', password);
  teacher = await t.as('audit-teacher', password);

  const employment = (organizationId: number) => ({
    organizationId,
    position: 'Учитель математики',
    category: 'teacher',
    start: '2020-09-01',
    subjects: ['Математика'],
  });
  const person = (lastName: string) => ({
    lastName,
    firstName: 'Анна',
    middleName: 'Петровна',
    birthDate: '1990-03-05',
    careerStart: '2012-09-01',
  });
  const created = await admin.post('/api/v1/people', { person: person('Общая'), employment: employment(orgA.id) });
  expect(created.status).toBe(200);
  sharedPerson = ((await created.json()) as { id: number }).id;
  expect(
    (await admin.post(`/api/v1/people/${sharedPerson}/employments`, { ...employment(orgB.id), position: 'Совместитель' })).status,
  ).toBe(200);
  expect((await methodist.patch(`/api/v1/people/${sharedPerson}`, { birthDate: '1990-03-06' })).status).toBe(200);
  const foreign = await admin.post('/api/v1/people', { person: person('Чужая'), employment: employment(orgB.id) });
  foreignPerson = ((await foreign.json()) as { id: number }).id;
  expect(
    (
      await admin.patch(`/api/v1/users/${methodistUserId}`, {
        grants: [
          { role: 'municipal_methodist', municipalityId: munA.id, organizationId: null },
          { role: 'tutor', municipalityId: null, organizationId: orgA.id },
        ],
        active: true,
        displayName: 'Мария Методист',
      })
    ).status,
  ).toBe(200);
  // The methodist's sessions ended with the new grants: sign in again.
  methodist = await t.as('audit-methodist', password);
  // Failed sign-ins: a wrong password of a known login in A, and a login nobody has.
  expect((await t.client().post('/api/v1/auth/login', { login: 'audit-head', password: 'не тот пароль' })).status).toBe(401);
  expect((await t.client().post('/api/v1/auth/login', { login: 'nobody-at-all', password: 'не тот пароль' })).status).toBe(401);
});
afterAll(() => t.close());

describe('журнал изменений', () => {
  it('ссылки на записи приходят с названиями, один раз на страницу', async () => {
    const journal = await page(admin, `/api/v1/audit?subject=person:${sharedPerson}&pageSize=50`);
    const employment = journal.items.find((r) => r.entity === 'employment' && r.action === 'create');
    expect(employment?.subject).toBe(`person:${sharedPerson}`);
    expect(journal.names[`organization:${orgA.id}`]).toBe(orgA.name);
    expect(journal.names[`organization:${orgB.id}`]).toBe(orgB.name);
    expect(journal.names[`person:${sharedPerson}`]).toBe('Общая Анна Петровна');
    const users = await page(admin, `/api/v1/audit?entity=user`);
    console.log('DEBUG', JSON.stringify(users.items[0]), JSON.stringify(users.names));
    expect(users.items[0]).toMatchObject({
      action: 'update',
      entityLabel: 'audit-methodist',
      userLogin: 'audit-admin',
      userName: 'Анна Администратор',
    });
    expect(users.names[`municipality:${munA.id}`]).toBe(munA.name);
    expect(users.names[`organization:${orgA.id}`]).toBe(orgA.name);
  });

  it('входы — отдельный вид, в журнале изменений их нет', async () => {
    const changes = await page(admin, '/api/v1/audit?pageSize=500');
    expect(kinds(changes.items).filter((k) => /^(login|logout|login_failed):/.test(k))).toEqual([]);
    expect(changes.items.length).toBeGreaterThan(0);
    const logins = await page(admin, '/api/v1/audit?view=logins&pageSize=500');
    expect(new Set(logins.items.map((r) => r.action))).toEqual(new Set(['login', 'login_failed']));
    const failed = logins.items.filter((r) => r.action === 'login_failed');
    expect(failed.map((r) => [r.entityLabel, (r.changes as { reason: string }).reason]).sort()).toEqual([
      ['audit-head', 'wrong_password'],
      ['nobody-at-all', 'unknown_login'],
    ]);
    expect(failed.every((r) => r.userLogin === null)).toBe(true);
    const signedIn = logins.items.find((r) => r.action === 'login' && r.userLogin === 'audit-methodist');
    expect(signedIn).toMatchObject({ userName: 'Мария Методист', entity: 'user' });
    expect(typeof (signedIn?.changes as { ip?: unknown }).ip).toBe('string');
  });

  it('руководитель ММС видит только записи своей территории, и названия только своих записей', async () => {
    const journal = await page(head, '/api/v1/audit?pageSize=500');
    const subjects = journal.items.map((r) => r.subject);
    expect(subjects).toContain(`person:${sharedPerson}`);
    expect(subjects).not.toContain(`person:${foreignPerson}`);
    // The shared person's employment in B is on a card of A, but B's school stays unnamed.
    expect(
      journal.items.some((r) => r.entity === 'employment' && (r.changes as Record<string, { to: unknown }>).organizationId?.to === orgB.id),
    ).toBe(true);
    expect(Object.keys(journal.names)).toContain(`organization:${orgA.id}`);
    expect(Object.keys(journal.names)).not.toContain(`organization:${orgB.id}`);
    const logins = await page(head, '/api/v1/audit?view=logins&pageSize=500');
    const labels = new Set(logins.items.map((r) => r.entityLabel));
    expect(labels.has('audit-head')).toBe(true);
    expect(labels.has('audit-methodist')).toBe(true);
    expect(labels.has('nobody-at-all')).toBe(false);
    expect(labels.has('audit-admin')).toBe(false);
  });

  it('журнал целиком — только администратору и руководителю ММС', async () => {
    for (const client of [methodist, school, teacher]) {
      expect((await client.get('/api/v1/audit')).status).toBe(403);
      expect((await client.get('/api/v1/audit?view=logins')).status).toBe(403);
    }
  });
});

describe('история карточки', () => {
  it('муниципальный методист видит историю карточки своей территории, названия только своих записей', async () => {
    const history = await page(methodist, `/api/v1/audit/history?subject=person:${sharedPerson}`);
    expect(kinds(history.items).sort()).toEqual(['create:employment', 'create:employment', 'create:person', 'update:person']);
    expect(history.items.every((r) => r.subject === `person:${sharedPerson}`)).toBe(true);
    const update = history.items.find((r) => r.action === 'update');
    expect(update?.changes).toEqual({ birthDate: { from: '1990-03-05', to: '1990-03-06' } });
    expect(history.names[`organization:${orgA.id}`]).toBe(orgA.name);
    expect(history.names[`organization:${orgB.id}`]).toBeUndefined();
    const all = await page(admin, `/api/v1/audit/history?subject=person:${sharedPerson}`);
    expect(kinds(all.items).sort()).toEqual(['create:employment', 'create:employment', 'create:person', 'update:person']);
  });

  it('руководитель ОО видит историю своей организации и её работников', async () => {
    expect((await page(school, `/api/v1/audit/history?subject=person:${sharedPerson}`)).total).toBe(4);
    expect((await school.get(`/api/v1/audit/history?subject=person:${foreignPerson}`)).status).toBe(404);
    expect((await school.get(`/api/v1/audit/history?subject=organization:${orgA.id}`)).status).toBe(200);
  });

  it('карточка чужой территории — 404, педагогу история не положена — 403, неверная карточка — 4xx', async () => {
    expect((await methodist.get(`/api/v1/audit/history?subject=person:${foreignPerson}`)).status).toBe(404);
    expect((await methodist.get(`/api/v1/audit/history?subject=organization:${orgB.id}`)).status).toBe(404);
    expect((await methodist.get(`/api/v1/audit/history?subject=municipality:${munB.id}`)).status).toBe(404);
    expect((await methodist.get(`/api/v1/audit/history?subject=municipality:${munA.id}`)).status).toBe(200);
    expect((await teacher.get(`/api/v1/audit/history?subject=person:${sharedPerson}`)).status).toBe(403);
    const bad = await methodist.get('/api/v1/audit/history?subject=user:1');
    expect(bad.status).toBe(422);
    expect(JSON.stringify((await bad.json()).error.issues)).toMatch(/Карточка: person:ID/);
    expect((await t.client().get(`/api/v1/audit/history?subject=person:${sharedPerson}`)).status).toBe(401);
  });

  it('записи журнала не меняются и не удаляются', async () => {
    await expect(
      t.database.db.execute(sql`update audit_log set entity_label = 'x' where id = (select min(id) from audit_log)`),
    ).rejects.toThrow();
  });
});
