// Access follows current employment: a former employer reads the history only, and a person the
// region already has is matched region-wide (SNILS, else ФИО and birth date) instead of duplicated.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonCard } from '../../../shared/registry.js';
import { readConfig } from '../../config.js';
import { today as todayIn } from '../../http/today.js';
import { startTestApp, type TestClient, type TestContext } from '../../test/harness.js';
import { addDays, signIn } from './registry.test-kit.js';

let t: TestContext;
let today: string;
let admin: TestClient;
let methodistA: TestClient;
let schoolAdminA: TestClient;
const ids = { munA: 0, munB: 0, schoolA: 0, schoolB: 0 };

beforeAll(async () => {
  t = await startTestApp();
  today = todayIn(readConfig({}).timeZone);
  ids.munA = (await t.make.municipality()).id;
  ids.munB = (await t.make.municipality()).id;
  ids.schoolA = (await t.make.organization({ municipalityId: ids.munA })).id;
  ids.schoolB = (await t.make.organization({ municipalityId: ids.munB })).id;
  admin = await signIn(t, 'region_admin');
  methodistA = await signIn(t, 'municipal_methodist', { municipalityId: ids.munA });
  schoolAdminA = await signIn(t, 'school_admin', { organizationId: ids.schoolA });
});
afterAll(() => t.close());

/** Every row a write could touch: equal before and after = nothing changed. */
const digest = async () =>
  (
    await t.database.db.execute<{ d: string }>(sql`select concat_ws('|',
      (select md5(string_agg(p::text, ',' order by p.id)) from people p),
      (select md5(string_agg(e::text, ',' order by e.id)) from employments e),
      (select md5(string_agg(a::text, ',' order by a.id)) from attestations a),
      (select md5(string_agg(m::text, ',' order by m.id)) from active_memberships m),
      (select count(*) from audit_log)) as d`)
  ).rows[0]!.d;

const card = async (client: TestClient, id: number) => {
  const response = await client.get(`/api/v1/people/${id}`);
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as PersonCard;
};

/** A teacher who worked in school A until last year and works in school B now. */
async function leaver(lastName: string) {
  const person = await t.make.staff(
    ids.schoolA,
    { lastName, email: `${lastName}@example.ru`, phone: '+7 900 123-45-67', snils: '123-456-789 01' },
    { start: '2010-09-01', end: addDays(today, -400), position: 'Учитель истории' },
  );
  const now = await t.make.employment({ personId: person.id, organizationId: ids.schoolB, start: addDays(today, -300) });
  return { ...person, currentEmploymentId: now.id };
}

describe('бывший работодатель', () => {
  it('читает карточку только для истории: без правки, контактов и СНИЛС, с прошлым местом работы', async () => {
    const p = await leaver('Ушедшая');
    for (const client of [methodistA, schoolAdminA]) {
      const seen = await card(client, p.id);
      expect(seen).toMatchObject({ current: false, can: [], email: null, phone: null, snils: null, lastName: 'Ушедшая' });
      expect(seen.employments.map((e) => [e.organizationId, e.position])).toEqual([[ids.schoolA, 'Учитель истории']]);
    }
    const methodistB = await signIn(t, 'municipal_methodist', { municipalityId: ids.munB });
    expect(await card(methodistB, p.id)).toMatchObject({ current: true, can: ['edit'], email: 'Ушедшая@example.ru' });
    expect(await card(admin, p.id)).toMatchObject({ current: true, can: ['edit'], snils: '123-456-789 01' });
    // Not among today's staff of the district, only behind its past.
    const list = (await (await methodistA.get('/api/v1/people?pageSize=500')).json()) as { items: { id: number }[] };
    expect(list.items.map((r) => r.id)).not.toContain(p.id);
  });

  it('не меняет ни карточку, ни её записи: 404 и ничего не записано', async () => {
    const p = await leaver('Неизменная');
    const attestation = await admin.post(`/api/v1/people/${p.id}/attestations`, { category: 'first', date: '2018-03-01' });
    const membership = await admin.post(`/api/v1/people/${p.id}/active-memberships`, {
      kind: 'expert',
      level: 'municipal',
      start: '2017-01-01',
    });
    const attestationId = ((await attestation.json()) as { id: number }).id;
    const membershipId = ((await membership.json()) as { id: number }).id;
    const formerEmploymentId = (await card(methodistA, p.id)).employments[0]!.id;
    const writes: [string, string, unknown?][] = [
      ['PATCH', `/api/v1/people/${p.id}`, { lastName: 'Переименованная' }],
      ['POST', `/api/v1/people/${p.id}/attestations`, { category: 'highest', date: '2024-02-02' }],
      ['DELETE', `/api/v1/people/${p.id}/attestations/${attestationId}`],
      [
        'POST',
        `/api/v1/people/${p.id}/employments`,
        { organizationId: ids.schoolA, position: 'Учитель', category: 'teacher', start: today },
      ],
      ['PATCH', `/api/v1/people/${p.id}/employments/${formerEmploymentId}`, { end: addDays(today, -10) }],
      ['DELETE', `/api/v1/people/${p.id}/employments/${formerEmploymentId}`],
      ['POST', `/api/v1/people/${p.id}/active-memberships`, { kind: 'methodical', level: 'municipal', start: '2023-01-01' }],
      ['PATCH', `/api/v1/people/${p.id}/active-memberships/${membershipId}`, { end: '2024-01-01' }],
      ['DELETE', `/api/v1/people/${p.id}/active-memberships/${membershipId}`],
    ];
    for (const client of [methodistA, schoolAdminA]) {
      for (const [method, path, body] of writes) {
        const before = await digest();
        const response = await client.request(method, path, body);
        expect(response.status, `${method} ${path}`).toBe(404);
        expect((await response.json()).error.message).toBe('Работник не найден или недоступен.');
        expect(await digest(), `${method} ${path}`).toBe(before);
      }
    }
    // The district where the person works now may change them.
    const methodistB = await signIn(t, 'municipal_methodist', { municipalityId: ids.munB });
    expect((await methodistB.patch(`/api/v1/people/${p.id}`, { phone: '+7 900 000-00-01' })).status).toBe(200);
  });

  it('последний день работы и принятый заранее — ещё и уже свои', async () => {
    const lastDay = await t.make.staff(ids.schoolA, { lastName: 'Последнийдень' }, { end: today });
    const hired = await t.make.staff(ids.schoolA, { lastName: 'Принятая' }, { start: addDays(today, 30) });
    const gone = await t.make.staff(ids.schoolA, { lastName: 'Вчерашняя' }, { end: addDays(today, -1) });
    expect(await card(methodistA, lastDay.id)).toMatchObject({ current: true, can: ['edit'] });
    expect(await card(methodistA, hired.id)).toMatchObject({ current: true, can: ['edit'] });
    expect(await card(methodistA, gone.id)).toMatchObject({ current: false, can: [] });
    expect((await methodistA.patch(`/api/v1/people/${lastDay.id}`, { phone: '1' })).status).toBe(200);
    expect((await methodistA.patch(`/api/v1/people/${gone.id}`, { phone: '1' })).status).toBe(404);
  });
});

describe('новый работник, который уже есть в регионе', () => {
  const person = (extra: Record<string, unknown> = {}) => ({
    lastName: 'Совпадающая',
    firstName: 'Елена',
    middleName: 'Викторовна',
    birthDate: '1987-07-15',
    email: 'new@example.ru',
    ...extra,
  });
  const employment = { organizationId: ids.schoolA, position: 'Учитель биологии', category: 'teacher', start: '2025-09-01' };

  it('находит работника другой территории по ФИО и дате рождения, показывает только имя и год рождения', async () => {
    const other = await t.make.staff(ids.schoolB, {
      ...person({ lastName: 'Совпадающая', email: 'old@lyceum.example' }),
      phone: '+7 900 777-77-77',
      snils: '555-666-777 88',
    });
    const response = await schoolAdminA.post('/api/v1/people/match', {
      lastName: 'совпадающая',
      firstName: 'Елена',
      middleName: 'Викторовна',
      birthDate: '1987-07-15',
    });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ match: { id: null, name: 'Совпадающая Елена Викторовна', birthYear: 1987 } });
    for (const secret of ['old@lyceum', '777-77-77', '777 88', other.code]) expect(text).not.toContain(secret);

    // Creating anyway makes no duplicate: 409 naming the match, nothing written.
    const before = await digest();
    const refused = await schoolAdminA.post('/api/v1/people', {
      person: person(),
      employment: { ...employment, organizationId: ids.schoolA },
    });
    expect(refused.status).toBe(409);
    expect((await refused.json()).error.message).toBe(
      'В регионе уже есть работник «Совпадающая Елена Викторовна», 1987 г. р.: добавьте ему место работы вместо нового работника.',
    );
    expect(await digest()).toBe(before);

    // The offer taken: the same person gets the employment, their card keeps its own data.
    const joined = await schoolAdminA.post('/api/v1/people', {
      person: person(),
      employment: { ...employment, organizationId: ids.schoolA },
      addToExisting: true,
    });
    expect(joined.status, await joined.clone().text()).toBe(200);
    expect(await joined.json()).toEqual({ id: other.id });
    const rows = await t.database.db.execute<{ n: number }>(sql`select count(*)::int as n from people where last_name = 'Совпадающая'`);
    expect(rows.rows[0]!.n).toBe(1);
    const seen = await card(schoolAdminA, other.id);
    expect(seen).toMatchObject({ email: 'old@lyceum.example', current: true });
    // Their other territory's place of work stays out of sight.
    expect(seen.employments.map((e) => e.organizationId)).toEqual([ids.schoolA]);
    const log = await t.database.db.execute<{ entity: string }>(
      sql`select entity from audit_log where subject = ${`person:${other.id}`} or (entity = 'person' and entity_id = ${String(other.id)})`,
    );
    expect(log.rows.map((r) => r.entity)).toEqual(['employment']);
  });

  it('по СНИЛС находит и под другой фамилией; однофамилица с другим СНИЛС — другой человек', async () => {
    const married = await t.make.staff(ids.schoolB, {
      lastName: 'Девичья',
      firstName: 'Ольга',
      birthDate: '1990-01-01',
      snils: '999-888-777 66',
    });
    const bySnils = await methodistA.post('/api/v1/people/match', { lastName: 'Замужняя', firstName: 'Ольга', snils: '999-888-777 66' });
    expect(await bySnils.json()).toEqual({ match: { id: null, name: `Девичья Ольга ${married.middleName}`, birthYear: 1990 } });
    const namesake = await methodistA.post('/api/v1/people/match', {
      lastName: 'Девичья',
      firstName: 'Ольга',
      middleName: married.middleName,
      birthDate: '1990-01-01',
      snils: '111-111-111 11',
    });
    expect(await namesake.json()).toEqual({ match: null });
    expect(
      await (await methodistA.post('/api/v1/people/match', { lastName: 'Никого', firstName: 'Нет', birthDate: '1990-01-01' })).json(),
    ).toEqual({
      match: null,
    });
  });

  it('свой работник (и бывший) открывается по ссылке; подбор — только пишущим', async () => {
    const own = await t.make.staff(ids.schoolA, { lastName: 'Своясовпавшая', birthDate: '1991-02-03' });
    const match = await methodistA.post('/api/v1/people/match', {
      lastName: 'Своясовпавшая',
      firstName: own.firstName,
      middleName: own.middleName,
      birthDate: '1991-02-03',
    });
    expect(await match.json()).toEqual({
      match: { id: own.id, name: `Своясовпавшая ${own.firstName} ${own.middleName}`, birthYear: 1991 },
    });
    const tutor = await signIn(t, 'tutor', { organizationId: ids.schoolA });
    expect((await tutor.post('/api/v1/people/match', { lastName: 'Своясовпавшая', firstName: own.firstName })).status).toBe(403);
    expect((await t.client().post('/api/v1/people/match', { lastName: 'А', firstName: 'Б' })).status).toBe(401);
  });
});
