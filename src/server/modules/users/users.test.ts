import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { startTestApp, type TestContext } from '../../test/harness.js';

let t: TestContext;
let munA: { id: number };
let munB: { id: number };
let orgA: { id: number };
let orgB: { id: number };
let admin: Awaited<ReturnType<TestContext['make']['user']>>;
let head: Awaited<ReturnType<TestContext['make']['user']>>;

beforeAll(async () => {
  t = await startTestApp();
  munA = await t.make.municipality();
  munB = await t.make.municipality();
  orgA = await t.make.organization({ municipalityId: munA.id });
  orgB = await t.make.organization({ municipalityId: munB.id });
  admin = await t.make.user([{ role: 'region_admin' }], { login: 'admin-users' });
  head = await t.make.user([{ role: 'municipal_head', municipalityId: munA.id }], { login: 'head-a' });
});
afterAll(() => t.close());

const strong = 'Липовая-аллея-1987';

describe('пользователи', () => {
  it('администратор региона создаёт пользователя с ролью и он входит', async () => {
    const client = await t.as(admin.login, admin.password);
    const created = await client.post('/api/v1/users', {
      login: 'New.Methodist',
      displayName: 'Новый Методист',
      password: strong,
      grants: [{ role: 'municipal_methodist', municipalityId: munB.id, organizationId: null }],
    });
    expect(created.status).toBe(201);
    const me = await (await t.as('new.methodist', strong)).get('/api/v1/auth/me');
    expect((await me.json()).grants[0].municipalityId).toBe(munB.id);
    const [entry] = (
      await t.database.db.execute(
        sql`select action, entity, changes from audit_log where entity = 'user' and entity_label = 'new.methodist'`,
      )
    ).rows;
    expect(entry).toMatchObject({ action: 'create' });
    expect(JSON.stringify(entry?.changes)).not.toMatch(/password|argon/i);
  });

  it('руководитель ММС управляет только пользователями своего муниципалитета', async () => {
    const client = await t.as(head.login, head.password);
    const own = await client.post('/api/v1/users', {
      login: 'school-a',
      displayName: 'Завуч А',
      password: strong,
      grants: [{ role: 'school_admin', municipalityId: null, organizationId: orgA.id }],
    });
    expect(own.status).toBe(201);
    const foreignOrg = await client.post('/api/v1/users', {
      login: 'school-b',
      displayName: 'Завуч Б',
      password: strong,
      grants: [{ role: 'school_admin', municipalityId: null, organizationId: orgB.id }],
    });
    expect(foreignOrg.status).toBe(404);
    const regionRole = await client.post('/api/v1/users', {
      login: 'boss',
      displayName: 'Начальник',
      password: strong,
      grants: [{ role: 'region_admin', municipalityId: null, organizationId: null }],
    });
    expect(regionRole.status).toBe(403);
    const list = await (await client.get('/api/v1/users?pageSize=100')).json();
    const logins = list.items.map((u: { login: string }) => u.login);
    expect(logins).toContain('school-a');
    expect(logins).toContain('head-a');
    expect(logins).not.toContain('admin-users');
    expect(logins).not.toContain('new.methodist');
    const foreignUser = (await t.database.db.execute(sql`select id from users where login = 'new.methodist'`)).rows[0]!.id;
    const hidden = await client.get(`/api/v1/users/${foreignUser}`);
    expect(hidden.status).toBe(404);
    expect((await hidden.json()).error.message).toBe('Пользователь не найден или недоступен.');
    expect((await client.patch(`/api/v1/users/${foreignUser}`, { active: false })).status).toBe(404);
    const after = (await t.database.db.execute(sql`select active from users where login = 'new.methodist'`)).rows[0];
    expect(after?.active).toBe(true);
  });

  it('проверяет форму роли, пароль и занятость логина', async () => {
    const client = await t.as(admin.login, admin.password);
    const noTerritory = await client.post('/api/v1/users', {
      login: 'x1',
      displayName: 'X',
      password: strong,
      grants: [{ role: 'municipal_head', municipalityId: null, organizationId: null }],
    });
    expect(noTerritory.status).toBe(422);
    const weak = await client.post('/api/v1/users', {
      login: 'x2',
      displayName: 'X',
      password: 'qwerty123',
      grants: [{ role: 'region_admin', municipalityId: null, organizationId: null }],
    });
    expect(weak.status).toBe(422);
    const teacherWithoutPerson = await client.post('/api/v1/users', {
      login: 'x3',
      displayName: 'X',
      password: strong,
      grants: [{ role: 'teacher', municipalityId: null, organizationId: null }],
    });
    expect(teacherWithoutPerson.status).toBe(422);
    const taken = await client.post('/api/v1/users', {
      login: 'HEAD-A',
      displayName: 'X',
      password: strong,
      grants: [{ role: 'region_admin', municipalityId: null, organizationId: null }],
    });
    expect(taken.status).toBe(409);
    const count = (await t.database.db.execute(sql`select count(*)::int as n from users where login in ('x1','x2','x3')`)).rows[0];
    expect(count?.n).toBe(0);
  });

  it('блокировка и сброс пароля завершают сессии пользователя', async () => {
    const person = await t.make.staff(orgA.id);
    const teacher = await t.make.user([{ role: 'teacher' }], { login: 'teacher-x', personId: person.id });
    const session = await t.as(teacher.login, teacher.password);
    const client = await t.as(admin.login, admin.password);
    expect((await client.patch(`/api/v1/users/${teacher.id}`, { active: false })).status).toBe(200);
    expect((await session.get('/api/v1/auth/me')).status).toBe(401);
    expect((await t.client().post('/api/v1/auth/login', { login: teacher.login, password: teacher.password })).status).toBe(401);
  });
});

describe('журнал изменений', () => {
  it('показывает руководителю ММС только записи его муниципалитета и не даёт их менять', async () => {
    const client = await t.as(head.login, head.password);
    const page = await (await client.get('/api/v1/audit?entity=user')).json();
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.map((i: { entityLabel: string }) => i.entityLabel)).not.toContain('new.methodist');
    const adminPage = await (await (await t.as(admin.login, admin.password)).get('/api/v1/audit?entity=user&pageSize=500')).json();
    expect(adminPage.items.map((i: { entityLabel: string }) => i.entityLabel)).toContain('new.methodist');
    await expect(t.database.db.execute(sql`update audit_log set entity = 'x'`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    const teacher = await t.make.user([{ role: 'municipal_methodist', municipalityId: munA.id }]);
    expect((await (await t.as(teacher.login, teacher.password)).get('/api/v1/audit')).status).toBe(403);
  });

  it('отбирает записи по дням часового пояса региона, а не базы данных', async () => {
    // The test app's region is in Europe/Moscow (the config's default), UTC+3: 22:30 UTC on 01.03 is
    // 01:30 on 02.03 there, and 20:30 UTC on 02.03 is 23:30 on 02.03.
    await t.database.db.execute(sql`insert into audit_log (at, action, entity, entity_label) values
      ('2026-03-01T20:30:00Z', 'update', 'zone-check', '01.03 23:30'),
      ('2026-03-01T22:30:00Z', 'update', 'zone-check', '02.03 01:30'),
      ('2026-03-02T20:30:00Z', 'update', 'zone-check', '02.03 23:30'),
      ('2026-03-02T21:30:00Z', 'update', 'zone-check', '03.03 00:30')`);
    const client = await t.as(admin.login, admin.password);
    const labels = async (query: string) =>
      ((await (await client.get(`/api/v1/audit?entity=zone-check&order=asc&${query}`)).json()).items as { entityLabel: string }[]).map(
        (i) => i.entityLabel,
      );
    expect(await labels('from=2026-03-02&to=2026-03-02')).toEqual(['02.03 01:30', '02.03 23:30']);
    expect(await labels('to=2026-03-01')).toEqual(['01.03 23:30']);
    expect(await labels('from=2026-03-03')).toEqual(['03.03 00:30']);
  });
});

describe('история карточки', () => {
  it('собирает в историю работника и его места работы, и только для тех, кому журнал доступен', async () => {
    const admin2 = await t.as(admin.login, admin.password);
    const person = await t.make.staff(orgA.id, { lastName: 'Историева' });
    expect((await admin2.patch(`/api/v1/people/${person.id}`, { phone: '+7 900 123-45-67' })).status).toBe(200);
    expect(
      (
        await admin2.post(`/api/v1/people/${person.id}/employments`, {
          organizationId: orgA.id,
          position: 'Педагог-библиотекарь',
          category: 'teacher',
          start: '2024-09-01',
          subjects: [],
        })
      ).status,
    ).toBe(200);
    const headClient = await t.as(head.login, head.password);
    const history = await (await headClient.get(`/api/v1/audit?subject=person:${person.id}`)).json();
    expect(history.items.map((i: { entity: string; action: string }) => `${i.action} ${i.entity}`)).toEqual([
      'create employment',
      'update person',
    ]);
    const foreign = await t.make.staff(orgB.id);
    await admin2.patch(`/api/v1/people/${foreign.id}`, { phone: '+7 900 765-43-21' });
    expect((await (await headClient.get(`/api/v1/audit?subject=person:${foreign.id}`)).json()).items).toEqual([]);
  });
});
