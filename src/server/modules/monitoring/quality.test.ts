import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '../../../shared/paging.js';
import { qualityCheckCodes, type QualityCheckCode, type QualityItem, type QualityReport } from '../../../shared/quality.js';
import { startTestApp, type TestClient, type TestContext } from '../../test/harness.js';
import { routes } from '../routes/routes.tables.js';

let t: TestContext;
let munA: { id: number; code: string };
let munB: { id: number; code: string };
let schoolA1: { id: number; code: string; name: string };
let schoolA2: { id: number; code: string; name: string };
let schoolB: { id: number; code: string; name: string };
/** What each check must find in municipality A, B and the region: ids and labels. */
const expectedA = {} as Record<QualityCheckCode, QualityItem[]>;
const expectedB = {} as Record<QualityCheckCode, QualityItem[]>;
let regionCode: string;
let admin: TestClient;

const personItem = (p: { id: number; lastName: string; firstName: string; middleName: string | null }): QualityItem => ({
  id: p.id,
  label: [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' '),
  href: `/registry/people/${p.id}`,
});
const orgItem = (o: { id: number; name: string }): QualityItem => ({ id: o.id, label: o.name, href: `/registry/organizations/${o.id}` });

beforeAll(async () => {
  t = await startTestApp();
  const { make, database } = t;
  const region = await make.region({ code: 'Q-REGION' });
  regionCode = region.code;
  munA = await make.municipality({ regionId: region.id, code: 'Q-A' });
  munB = await make.municipality({ regionId: region.id, code: 'Q-B' });
  const reviewed = new Date('2025-01-10T10:00:00Z');
  schoolA1 = await make.organization({ municipalityId: munA.id, name: 'Школа А1', code: 'Q-A1' });
  schoolA2 = await make.organization({ municipalityId: munA.id, name: 'Школа А2', code: 'Q-A2', flagsReviewedAt: reviewed });
  // A methodical centre is not in the organization shares: its flags are no warning.
  await make.organization({ municipalityId: munA.id, name: 'ИМЦ', kind: 'methodical_center' });
  const kindergartenA = await make.organization({ municipalityId: munA.id, name: 'Детский сад А', kind: 'kindergarten' });
  schoolB = await make.organization({ municipalityId: munB.id, name: 'Школа Б', code: 'Q-B1' });

  const noBirth = await make.staff(schoolA1.id, { lastName: 'Без-рождения', birthDate: null });
  const noCareer = await make.staff(schoolA2.id, { lastName: 'Без-стажа', careerStart: null });
  // Employed twice in A: listed once.
  const neither = await make.staff(schoolA1.id, { lastName: 'Без-обеих', birthDate: null, careerStart: null });
  await make.employment({ personId: neither.id, organizationId: schoolA2.id, position: 'Заместитель директора', category: 'manager' });
  // No longer (or not yet) employed: not a person of A.
  const former = await make.staff(schoolA1.id, { lastName: 'Уволенная', birthDate: null, careerStart: null }, { end: '2020-06-30' });
  await make.staff(schoolA1.id, { lastName: 'Будущая', birthDate: null, careerStart: null }, { start: '2999-09-01' });
  // Employed in A and in B: a warning of both, once for the region.
  const both = await make.staff(schoolA2.id, { lastName: 'Совместитель', birthDate: null });
  await make.employment({ personId: both.id, organizationId: schoolB.id });
  const onlyB = await make.staff(schoolB.id, { lastName: 'Из-Б', birthDate: null, careerStart: null, middleName: null });
  const fine = await make.staff(schoolA1.id, { lastName: 'Полная' });

  const route = (code: string, personId: number, status: typeof routes.$inferInsert.status, start: string | null, end: string | null) =>
    database.db
      .insert(routes)
      .values({ code, personId, status, start, end })
      .returning()
      .then((rows) => rows[0]!);
  const routeItem = (r: { id: number; code: string }, p: Parameters<typeof personItem>[0]): QualityItem => ({
    ...personItem(p),
    id: r.id,
    label: `${r.code} — ${personItem(p).label}`,
  });
  const noStart = await route('R-NOSTART', fine.id, 'agreed', null, '2026-12-31');
  const noEnd = await route('R-NOEND', fine.id, 'in_progress', '2026-01-01', null);
  const noDates = await route('R-NODATES', noCareer.id, 'completed', null, null);
  await route('R-DATED', fine.id, 'completed', '2025-01-01', '2025-12-31');
  await route('R-DRAFT', fine.id, 'draft', null, null);
  await route('R-CANCELLED', fine.id, 'cancelled', null, null);
  await route('R-FORMER', former.id, 'agreed', null, null);
  const inB = await route('R-B', onlyB.id, 'agreed', null, null);

  Object.assign(expectedA, {
    people_without_birth_date: [noBirth, neither, both].map(personItem),
    people_without_career_start: [noCareer, neither].map(personItem),
    organizations_flags_never_reviewed: [schoolA1, kindergartenA].map(orgItem),
    routes_without_dates: [routeItem(noStart, fine), routeItem(noEnd, fine), routeItem(noDates, noCareer)],
  });
  Object.assign(expectedB, {
    people_without_birth_date: [both, onlyB].map(personItem),
    people_without_career_start: [onlyB].map(personItem),
    organizations_flags_never_reviewed: [schoolB].map(orgItem),
    routes_without_dates: [routeItem(inB, onlyB)],
  });
  const user = await make.user([{ role: 'region_admin' }], { login: 'quality-admin' });
  admin = await t.as(user.login, user.password);
});
afterAll(() => t.close());

const byId = (items: QualityItem[]) => [...items].sort((a, b) => a.id - b.id);

async function report(client: TestClient, scope: string): Promise<QualityReport> {
  const response = await client.get(`/api/v1/quality?scope=${encodeURIComponent(scope)}`);
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as QualityReport;
}

describe('GET /api/v1/quality', () => {
  it('считает в каждой проверке ровно ошибочные записи территории и ничего из чужого района', async () => {
    for (const [scope, expected] of [
      [munA.code, expectedA],
      [munB.code, expectedB],
    ] as const) {
      const body = await report(admin, scope);
      expect(body.checks.map((c) => c.code)).toEqual(qualityCheckCodes);
      for (const check of body.checks) {
        expect(check.count, `${scope} ${check.code}`).toBe(expected[check.code].length);
        expect(byId(check.sample), `${scope} ${check.code}`).toEqual(byId(expected[check.code]));
        expect(check.title).toMatch(/[а-я]/);
        expect(check.fixHint).toMatch(/[а-я]/);
      }
    }
  });

  it('для региона считает каждого работника один раз', async () => {
    const body = await report(admin, regionCode);
    const counts = Object.fromEntries(body.checks.map((c) => [c.code, c.count]));
    expect(counts).toEqual({
      people_without_birth_date: 4,
      people_without_career_start: 3,
      organizations_flags_never_reviewed: 3,
      routes_without_dates: 4,
    });
  });

  it('для школы видит только её работников и её саму', async () => {
    const body = await report(admin, 'Q-A2');
    const ids = Object.fromEntries(body.checks.map((c) => [c.code, c.sample.map((s) => s.label).sort()]));
    expect(ids).toEqual({
      people_without_birth_date: ['Без-обеих Мария Петровна', 'Совместитель Мария Петровна'],
      people_without_career_start: ['Без-обеих Мария Петровна', 'Без-стажа Мария Петровна'],
      organizations_flags_never_reviewed: [],
      routes_without_dates: ['R-NODATES — Без-стажа Мария Петровна'],
    });
  });

  it('методисту чужой район не найден, учителю запрещено', async () => {
    const methodist = await t.make.user([{ role: 'municipal_methodist', municipalityId: munA.id }], { login: 'quality-methodist' });
    const client = await t.as(methodist.login, methodist.password);
    expect((await report(client, munA.code)).checks[0]!.count).toBe(3);
    for (const foreign of [munB.code, schoolB.code, regionCode, 'NOWHERE']) {
      expect((await client.get(`/api/v1/quality?scope=${foreign}`)).status, foreign).toBe(404);
      expect((await client.get(`/api/v1/quality/routes_without_dates?scope=${foreign}`)).status, foreign).toBe(404);
    }
    const teacher = await t.make.user([{ role: 'teacher', organizationId: schoolA1.id }], { login: 'quality-teacher' });
    const teacherClient = await t.as(teacher.login, teacher.password);
    expect((await teacherClient.get(`/api/v1/quality?scope=${schoolA1.code}`)).status).toBe(403);
    expect((await teacherClient.get(`/api/v1/quality/routes_without_dates?scope=${schoolA1.code}`)).status).toBe(403);
    expect((await t.client().get(`/api/v1/quality?scope=${munA.code}`)).status).toBe(401);
  });
});

describe('GET /api/v1/quality/{check}', () => {
  const list = async (check: string, query: string) => {
    const response = await admin.get(`/api/v1/quality/${check}?${query}`);
    return { status: response.status, body: (await response.json()) as Page<QualityItem> };
  };

  it('листает весь список одной проверки', async () => {
    const first = await list('people_without_birth_date', `scope=${munA.code}&page=1&pageSize=2`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(first.body.items).toHaveLength(2);
    const second = await list('people_without_birth_date', `scope=${munA.code}&page=2&pageSize=2`);
    expect(second.body).toMatchObject({ total: 3, page: 2 });
    expect(byId([...first.body.items, ...second.body.items])).toEqual(byId(expectedA.people_without_birth_date));
    // Past the last page: no items, yet the total is still known.
    expect((await list('people_without_birth_date', `scope=${munA.code}&page=5&pageSize=2`)).body).toEqual({
      items: [],
      total: 3,
      page: 5,
      pageSize: 2,
    });
    expect(byId((await list('routes_without_dates', `scope=${munB.code}`)).body.items)).toEqual(expectedB.routes_without_dates);
  });

  it('неизвестная проверка — 404, неверная страница — 422', async () => {
    const unknown = await list('employments_without_category', `scope=${munA.code}`);
    expect(unknown.status).toBe(404);
    expect((await list('people_without_birth_date', `scope=${munA.code}&page=0`)).status).toBe(422);
    expect((await list('people_without_birth_date', 'scope=')).status).toBe(422);
  });
});
