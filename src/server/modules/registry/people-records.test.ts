import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonCard } from '../../../shared/registry.js';
import { startTestApp, type TestClient, type TestContext } from '../../test/harness.js';
import { auditEntries, signIn } from './registry.test-kit.js';

let t: TestContext;
let admin: TestClient;
let methodistA: TestClient;
const ids = { munA: 0, munB: 0, schoolA: 0, schoolA2: 0, schoolB: 0 };

beforeAll(async () => {
  t = await startTestApp();
  ids.munA = (await t.make.municipality()).id;
  ids.munB = (await t.make.municipality()).id;
  ids.schoolA = (await t.make.organization({ municipalityId: ids.munA })).id;
  ids.schoolA2 = (await t.make.organization({ municipalityId: ids.munA })).id;
  ids.schoolB = (await t.make.organization({ municipalityId: ids.munB })).id;
  admin = await signIn(t, 'region_admin');
  methodistA = await signIn(t, 'municipal_methodist', { municipalityId: ids.munA });
});
afterAll(() => t.close());

const card = async (client: TestClient, id: number) => (await (await client.get(`/api/v1/people/${id}`)).json()) as PersonCard;
const employment = (organizationId: number, extra: Record<string, unknown> = {}) => ({
  organizationId,
  position: 'Учитель',
  category: 'teacher',
  start: '2020-09-01',
  ...extra,
});
const countPeople = async () => Number((await t.database.db.execute(sql`select count(*) as n from people`)).rows[0]!.n);

describe('создание и правка работника', () => {
  it('создаёт работника с первым местом работы и пишет журнал', async () => {
    const response = await methodistA.post('/api/v1/people', {
      person: {
        lastName: 'Новикова',
        firstName: 'Ольга',
        middleName: '',
        birthDate: '1995-05-05',
        careerStart: '2018-09-01',
        email: '',
        snils: '123-456-789 01',
      },
      employment: employment(ids.schoolA, { subjects: ['Математика'] }),
    });
    expect(response.status, await response.clone().text()).toBe(200);
    const { id } = (await response.json()) as { id: number };
    const created = await card(admin, id);
    expect(created).toMatchObject({ lastName: 'Новикова', middleName: null, email: null, snils: '123-456-789 01' });
    expect(created.code).toMatch(/^p-/);
    expect(created.employments).toMatchObject([{ organizationId: ids.schoolA, subjects: ['Математика'], end: null }]);
    const [entry] = await auditEntries(t, 'person', id);
    expect(entry).toMatchObject({ action: 'create', municipalityIds: [ids.munA] });
    expect(entry!.changes!.lastName).toEqual({ from: null, to: 'Новикова' });
    expect(entry!.changes!.snils).toEqual({ from: null, to: '***-***-*89 01' });
    expect((await auditEntries(t, 'employment', created.employments[0]!.id))[0]).toMatchObject({
      action: 'create',
      municipalityIds: [ids.munA],
    });
  });

  it('не создаёт работника в чужой организации (404) и не оставляет следов', async () => {
    const before = await countPeople();
    const response = await methodistA.post('/api/v1/people', {
      person: { lastName: 'Чужой', firstName: 'Иван' },
      employment: employment(ids.schoolB),
    });
    expect(response.status).toBe(404);
    expect(await countPeople()).toBe(before);
  });

  it('проверяет поля: лишние, длинные, несуществующие даты, неверные типы — 422 по-русски', async () => {
    const bad = await methodistA.post('/api/v1/people', {
      person: { lastName: 'А'.repeat(101), firstName: 42, birthDate: '2023-02-30', snils: '12345678901', extra: 1 },
      employment: employment(ids.schoolA, { start: 'вчера' }),
    });
    expect(bad.status).toBe(422);
    const { error } = await bad.json();
    const byPath = Object.fromEntries(error.issues.map((i: { path: string; message: string }) => [i.path, i.message]));
    expect(byPath['person.lastName']).toBe('Не длиннее 100 символов');
    expect(byPath['person.birthDate']).toBe('Такого дня нет в календаре. Введите дату в виде ДД.ММ.ГГГГ');
    expect(byPath['person.snils']).toBe('СНИЛС в формате 123-456-789 01');
    expect(byPath['person.firstName']).toMatch(/ожидалось/);
    expect(error.issues).toContainEqual({ path: 'employment.start', message: 'Введите дату в виде ДД.ММ.ГГГГ' });
    expect(byPath.person).toMatch(/Нераспознанный ключ/);
    const order = await methodistA.post('/api/v1/people', {
      person: { lastName: 'Б', firstName: 'В', birthDate: '2000-01-01', careerStart: '1999-01-01' },
      employment: employment(ids.schoolA),
    });
    expect(order.status).toBe(422);
    expect((await order.json()).error.issues[0].path).toBe('person.careerStart');
  });

  it('отвечает 409 на повтор кода', async () => {
    await t.make.person({ code: 'dup-code' });
    const response = await admin.post('/api/v1/people', {
      person: { code: 'dup-code', lastName: 'Д', firstName: 'Д' },
      employment: employment(ids.schoolA),
    });
    expect(response.status).toBe(409);
    expect((await response.json()).error.message).toBe('Работник с таким кодом уже есть.');
  });

  it('правит только присланные поля и пишет разницу в журнал', async () => {
    const person = await t.make.staff(ids.schoolA, { lastName: 'Старая', phone: '111', snils: '111-222-333 44' });
    const response = await methodistA.patch(`/api/v1/people/${person.id}`, { lastName: 'Новая', phone: '' });
    expect(response.status, await response.clone().text()).toBe(200);
    const after = await card(admin, person.id);
    expect(after).toMatchObject({
      lastName: 'Новая',
      firstName: person.firstName,
      phone: null,
      snils: '111-222-333 44',
      birthDate: person.birthDate,
    });
    const [entry] = await auditEntries(t, 'person', person.id);
    expect(entry).toMatchObject({ action: 'update', municipalityIds: [ids.munA] });
    expect(entry!.changes).toEqual({ lastName: { from: 'Старая', to: 'Новая' }, phone: { from: '111', to: null } });
    expect((await methodistA.patch(`/api/v1/people/${person.id}`, { unknown: 1 })).status).toBe(422);
    expect((await methodistA.patch(`/api/v1/people/${person.id}`, { careerStart: '1900-01-01' })).status).toBe(422);
  });

  it('не правит чужого работника: 404, запись не меняется', async () => {
    const person = await t.make.staff(ids.schoolB, { lastName: 'Неприкосновенная' });
    expect((await methodistA.patch(`/api/v1/people/${person.id}`, { lastName: 'Изменённая' })).status).toBe(404);
    expect((await card(admin, person.id)).lastName).toBe('Неприкосновенная');
    expect(await auditEntries(t, 'person', person.id)).toEqual([]);
  });
});

describe('места работы', () => {
  it('добавляет, правит и удаляет место работы с записью в журнал', async () => {
    const person = await t.make.staff(ids.schoolA);
    const added = await methodistA.post(
      `/api/v1/people/${person.id}/employments`,
      employment(ids.schoolA2, { position: 'Методист', category: 'manager' }),
    );
    expect(added.status, await added.clone().text()).toBe(200);
    const { id } = (await added.json()) as { id: number };
    const patched = await methodistA.patch(`/api/v1/people/${person.id}/employments/${id}`, { end: '2024-06-30', subjects: ['Физика'] });
    expect(patched.status).toBe(200);
    expect((await card(admin, person.id)).employments.find((e) => e.id === id)).toMatchObject({
      end: '2024-06-30',
      subjects: ['Физика'],
      category: 'manager',
    });
    expect((await methodistA.patch(`/api/v1/people/${person.id}/employments/${id}`, { end: '2019-01-01' })).status).toBe(422);
    expect((await methodistA.delete(`/api/v1/people/${person.id}/employments/${id}`)).status).toBe(204);
    expect((await card(admin, person.id)).employments.map((e) => e.id)).not.toContain(id);
    const entries = await auditEntries(t, 'employment', id);
    expect(entries.map((e) => e.action)).toEqual(['create', 'update', 'delete']);
    expect(entries[1]!.changes).toEqual({ end: { from: null, to: '2024-06-30' }, subjects: { from: [], to: ['Физика'] } });
    expect(entries[2]!.changes!.position).toEqual({ from: 'Методист', to: null });
  });

  it('отвечает 409 на то же место работы дважды и на удаление единственного', async () => {
    const person = await t.make.person();
    const first = await methodistA.post(`/api/v1/people/${person.id}/employments`, employment(ids.schoolA));
    expect(first.status).toBe(404); // not yet employed in the territory: outside the methodist's scope
    await t.make.employment({ personId: person.id, organizationId: ids.schoolA, start: '2020-09-01' });
    const twice = await methodistA.post(`/api/v1/people/${person.id}/employments`, employment(ids.schoolA));
    expect(twice.status).toBe(409);
    expect((await twice.json()).error.message).toMatch(/место работы .* уже есть/);
    const [only] = (await card(admin, person.id)).employments;
    const removal = await methodistA.delete(`/api/v1/people/${person.id}/employments/${only!.id}`);
    expect(removal.status).toBe(409);
  });

  it('не переводит работника в чужую организацию и не трогает чужие места работы', async () => {
    const person = await t.make.staff(ids.schoolA);
    const foreignJob = await t.make.employment({ personId: person.id, organizationId: ids.schoolB, position: 'Совместитель' });
    const [own] = (await card(admin, person.id)).employments.filter((e) => e.organizationId === ids.schoolA);
    expect((await methodistA.post(`/api/v1/people/${person.id}/employments`, employment(ids.schoolB, { position: 'Другое' }))).status).toBe(
      404,
    );
    expect((await methodistA.patch(`/api/v1/people/${person.id}/employments/${own!.id}`, { organizationId: ids.schoolB })).status).toBe(
      404,
    );
    expect((await methodistA.patch(`/api/v1/people/${person.id}/employments/${foreignJob.id}`, { position: 'Взломано' })).status).toBe(404);
    expect((await methodistA.delete(`/api/v1/people/${person.id}/employments/${foreignJob.id}`)).status).toBe(404);
    const other = await t.make.staff(ids.schoolA);
    expect((await methodistA.delete(`/api/v1/people/${other.id}/employments/${own!.id}`)).status).toBe(404);
    const after = await card(admin, person.id);
    expect(after.employments.map((e) => [e.organizationId, e.position]).sort()).toEqual(
      [
        [ids.schoolA, 'Учитель'],
        [ids.schoolB, 'Совместитель'],
      ].sort(),
    );
  });
});

describe('аттестации и актив', () => {
  it('добавляет и удаляет аттестацию; повтор — 409', async () => {
    const person = await t.make.staff(ids.schoolA);
    const added = await methodistA.post(`/api/v1/people/${person.id}/attestations`, { category: 'highest', date: '2023-12-20' });
    expect(added.status).toBe(200);
    const { id } = (await added.json()) as { id: number };
    expect((await card(methodistA, person.id)).attestations).toEqual([{ id, category: 'highest', date: '2023-12-20' }]);
    const twice = await methodistA.post(`/api/v1/people/${person.id}/attestations`, { category: 'highest', date: '2023-12-20' });
    expect(twice.status).toBe(409);
    expect((await twice.json()).error.message).toBe('Такая аттестация (категория и дата) у работника уже есть.');
    expect((await methodistA.post(`/api/v1/people/${person.id}/attestations`, { category: 'best', date: '2023-02-30' })).status).toBe(422);
    expect((await methodistA.delete(`/api/v1/people/${person.id}/attestations/${id}`)).status).toBe(204);
    expect((await methodistA.delete(`/api/v1/people/${person.id}/attestations/${id}`)).status).toBe(404);
    expect((await auditEntries(t, 'attestation', id)).map((e) => e.action)).toEqual(['create', 'delete']);
  });

  it('ведёт участие в активе: добавить, изменить, удалить', async () => {
    const person = await t.make.staff(ids.schoolA);
    const added = await methodistA.post(`/api/v1/people/${person.id}/active-memberships`, {
      kind: 'expert',
      level: 'municipal',
      start: '2024-01-01',
    });
    expect(added.status).toBe(200);
    const { id } = (await added.json()) as { id: number };
    expect(
      (await methodistA.patch(`/api/v1/people/${person.id}/active-memberships/${id}`, { level: 'regional', end: '2025-12-31' })).status,
    ).toBe(200);
    expect((await card(methodistA, person.id)).activeMemberships).toEqual([
      { id, kind: 'expert', level: 'regional', start: '2024-01-01', end: '2025-12-31' },
    ]);
    expect((await methodistA.patch(`/api/v1/people/${person.id}/active-memberships/${id}`, { end: '2023-01-01' })).status).toBe(422);
    expect(
      (await methodistA.post(`/api/v1/people/${person.id}/active-memberships`, { kind: 'expert', level: 'municipal', start: '2024-01-01' }))
        .status,
    ).toBe(200);
    expect((await methodistA.patch(`/api/v1/people/${person.id}/active-memberships/${id}`, { level: 'municipal' })).status).toBe(409);
    expect((await methodistA.delete(`/api/v1/people/${person.id}/active-memberships/${id}`)).status).toBe(204);
    const entries = await auditEntries(t, 'active_membership', id);
    expect(entries.map((e) => e.action)).toEqual(['create', 'update', 'delete']);
    expect(entries[1]!.changes).toEqual({ level: { from: 'municipal', to: 'regional' }, end: { from: null, to: '2025-12-31' } });
  });

  it('чужому работнику ничего не добавляет', async () => {
    const foreign = await t.make.staff(ids.schoolB);
    expect((await methodistA.post(`/api/v1/people/${foreign.id}/attestations`, { category: 'first', date: '2023-01-01' })).status).toBe(
      404,
    );
    expect(
      (
        await methodistA.post(`/api/v1/people/${foreign.id}/active-memberships`, {
          kind: 'expert',
          level: 'municipal',
          start: '2024-01-01',
        })
      ).status,
    ).toBe(404);
    const c = await card(admin, foreign.id);
    expect(c.attestations).toEqual([]);
    expect(c.activeMemberships).toEqual([]);
  });
});
